"""From an operationId to a request, and from a response to a model: the sans-IO half of every call.

A namespace method names its operation (``"get_health"``), passes path arguments, query arguments and a
body, and gets back what the spec promises. The generated module of the operation, found through
``imbrace_generated/<service>/operations.json``, builds the request (``_get_kwargs``) and parses the
response (``_parse_response``); modules are imported on first use, so namespaces stay cheap to load.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
from collections.abc import Callable, Generator, Iterator, Mapping
from importlib import resources
from types import ModuleType
from typing import Any

import httpx

from . import _json
from ._errors import APIResponseValidationError, InvalidRequestError
from ._logging import redact_text, sensitive_values
from ._page import Page
from ._validation import ReplyMismatch, check_json, check_param, check_reply, validate


@functools.cache
def operation_table(service: str) -> dict[str, Any]:
    text = resources.files(f"imbrace_generated.{service}").joinpath("operations.json").read_text()
    table: dict[str, Any] = json.loads(text)
    return table


@functools.cache
def reply_schemas(service: str) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Each operation's JSON reply schema by status (``$ref`` kept), and the component schemas they
    refer to: read from the bundled spec on the first reply checked."""
    text = resources.files(f"imbrace_generated.{service}").joinpath("openapi.json").read_bytes()
    spec: dict[str, Any] = _json.loads(text)
    components = spec.get("components") or {}
    shared = components.get("responses") or {}
    by_op: dict[str, dict[str, Any]] = {}
    for item in (spec.get("paths") or {}).values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            statuses: dict[str, Any] = {}
            for status, reply in (op.get("responses") or {}).items():
                ref = reply.get("$ref") if isinstance(reply, dict) else None
                if isinstance(ref, str):
                    reply = shared.get(ref.rsplit("/", 1)[1], {})
                for ctype, media in ((reply or {}).get("content") or {}).items():
                    if "json" in ctype and isinstance(media, dict) and media.get("schema"):
                        statuses[str(status)] = media["schema"]
                        break
            by_op[op["operationId"]] = statuses
    return by_op, components.get("schemas") or {}


def _secrets_of(response: httpx.Response) -> tuple[str, ...]:
    """The credentials the request of ``response`` carried: masked in anything a reply puts in an error."""
    try:
        return sensitive_values(response.request.headers)
    except RuntimeError:  # a response built by hand, with no request
        return ()


def _preview(response: httpx.Response, secrets: tuple[str, ...], limit: int = 200) -> str:
    """The first ``limit`` characters of a reply's text, secrets masked (before cutting, so no secret
    is shown half)."""
    window = limit + max((len(s) for s in secrets), default=0)
    text = response.content[: window * 4].decode("utf-8", "replace")[:window]
    return redact_text(text, secrets)[:limit]


class _ParseContext:
    """Stands in for the generated client in ``_parse_response``: unknown statuses raise."""

    raise_on_unexpected_status = True


_PARSE_CONTEXT: Any = _ParseContext()


class _ParsedJSON:
    """What a generated ``_parse_response`` reads of a response, with the body already parsed by the
    fast JSON parser (generated code calls ``response.json()``, which is always the standard library)."""

    __slots__ = ("response", "status_code", "_data")

    def __init__(self, response: httpx.Response, data: Any) -> None:
        self.response = response
        self.status_code = response.status_code
        self._data = data

    def json(self) -> Any:
        return self._data

    def __getattr__(self, name: str) -> Any:  # content, headers, text: the response's own
        return getattr(self.response, name)


class WireBody(dict[str, Any]):
    """A validated JSON body passed to generated code as-is (it only calls ``to_dict()`` on it)."""

    def to_dict(self) -> dict[str, Any]:
        return dict(self)


class MultipartBody:
    """Prepared multipart entries passed to generated code (it only calls ``to_multipart()``).

    Files the SDK opened itself (from paths) are listed in ``owned`` and closed by :meth:`close`.
    """

    def __init__(self, entries: list[tuple[str, Any]], owned: list[Any] | None = None) -> None:
        self.entries = entries
        self.owned = owned or []

    def to_multipart(self) -> list[tuple[str, Any]]:
        return self.entries

    def close(self) -> None:
        for handle in self.owned:
            handle.close()


OPTION_NAMES = ("extra_headers", "extra_query", "extra_body", "timeout", "deadline")


class Call:
    """One request to send: an operation, its generator arguments, a body and the per-call options.

    Built by a namespace method (sans-IO); the client sends it and returns the parsed result. ``stream``
    returns the response unread, with ``accept`` as its ``Accept`` header.
    """

    __slots__ = ("op", "args", "body", "options", "stream", "accept")
    kind = "call"  # what a driver does with it, without importing this module

    def __init__(
        self,
        op: Operation,
        args: dict[str, Any] | None = None,
        body: Any = None,
        *,
        stream: bool = False,
        accept: str = "application/json",
    ) -> None:
        self.op = op
        self.args = args if args is not None else {}
        self.body = body
        self.options: dict[str, Any] = {}
        self.stream = stream
        self.accept = accept

    def __repr__(self) -> str:
        return f"<Call {self.op.op_id} {sorted(self.args)}{' body' if self.body is not None else ''}>"

    @staticmethod
    def pop_options(kwargs: dict[str, Any]) -> dict[str, Any]:
        """Take the per-call options out of a method's keyword arguments, checking their types."""
        options = {name: kwargs.pop(name) for name in OPTION_NAMES if name in kwargs}
        for name in ("extra_headers", "extra_query", "extra_body"):
            value = options.get(name)
            if value is not None and not isinstance(value, Mapping):
                raise InvalidRequestError(name, f"must be a dict, not {type(value).__name__}")
        return options

    def default(self, param: str, value: Any) -> None:
        """Fill the parameter ``param`` (by its SDK name) with ``value`` when the caller left it out."""
        where, wire = self.op.locations[param]
        if value is None:
            return
        if where == "field":
            if isinstance(self.body, dict) and self.body.get(wire) is None:
                self.body[wire] = value
        elif self.args.get(wire) is None:
            self.args[wire] = value

    @contextlib.contextmanager
    def closing(self) -> Iterator[Call]:
        """Around sending: close the files the SDK opened for a multipart body, whatever happens."""
        try:
            yield self
        finally:
            if isinstance(self.body, MultipartBody):
                self.body.close()

    def request_kwargs(self) -> dict[str, Any]:
        """The httpx request arguments: the operation's, with the per-call extras applied (unvalidated
        against the spec, but still checked to be sendable JSON)."""
        kwargs = self.op.request_kwargs(self.args, self.body)
        options = self.options
        if not options:
            if "json" in kwargs:
                check_json(kwargs["json"], "body")
            return kwargs
        if options.get("extra_query"):
            kwargs["params"] = {**(kwargs.get("params") or {}), **options["extra_query"]}
        if options.get("extra_headers"):
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **options["extra_headers"]}
        extra_body = options.get("extra_body")
        if extra_body:
            if "json" in kwargs and isinstance(kwargs["json"], dict):
                kwargs["json"] = {**kwargs["json"], **extra_body}
            elif "json" not in kwargs and "files" not in kwargs and "data" not in kwargs:
                kwargs["json"] = dict(extra_body)
                kwargs["headers"] = {**(kwargs.get("headers") or {}), "Content-Type": "application/json"}
            else:
                raise InvalidRequestError("extra_body", f"{self.op.op_id} does not send a JSON object")
        if "json" in kwargs:  # what the schema did not cover: NaN, sets, lone surrogates, deep nesting
            check_json(kwargs["json"], "body")
        return kwargs


class Operation:
    """One spec operation: binds a method's arguments, builds its request kwargs and parses its response."""

    __slots__ = (
        "service",
        "op_id",
        "entry",
        "_module",
        "_statuses",
        "_status_classes",
        "has_fields",
        "locations",
        "required",
        "path_params",
        "unwrap",
        "organization_defaults",
        "mapping",
        "param_schemas",
    )

    def __init__(self, service: str, op_id: str) -> None:
        table = operation_table(service)
        if op_id not in table:
            raise KeyError(f"{op_id!r} is not an operation of the {service} spec")
        self.service = service
        self.op_id = op_id
        self.entry: dict[str, Any] = table[op_id]
        self._module: ModuleType | None = None
        declared = self.entry["responses"]  # "200", "201", or a class such as "2XX"
        self._statuses = frozenset(int(s) for s in declared if s.isdigit())
        self._status_classes = frozenset(int(s[0]) for s in declared if s[1:].upper() == "XX")
        args = self.entry.get("args", [])
        self.has_fields = any(a[1] == "field" for a in args)
        self.locations: dict[str, tuple[str, str]] = {a[0]: (a[1], a[2]) for a in args}
        self.required = frozenset(a[0] for a in args if a[3])
        self.path_params = frozenset(a[2] for a in args if a[1] == "path")
        self.organization_defaults = tuple(a[0] for a in args if len(a) > 4 and a[4] == "organization")
        self.unwrap: str | None = self.entry.get("unwrap")
        self.mapping: str | None = self.entry.get("mapping")  # x-imbrace-mapping: see spread_mapping
        schemas = self.entry.get("params", {})
        self.param_schemas: dict[str, Any] = {  # path and query parameters' schemas, by SDK name
            a[0]: schemas[a[5]] for a in args if a[1] in ("path", "query") and len(a) > 5 and a[5] in schemas
        }

    @property
    def module(self) -> ModuleType:
        if self._module is None:
            self._module = importlib.import_module(
                f"imbrace_generated.{self.service}.api.{self.entry['module']}"
            )
        return self._module

    def call(self, method: str, values: Mapping[str, Any], options: Mapping[str, Any]) -> Call:
        """The :class:`Call` for a method called with ``values`` (by SDK parameter name) and ``options``."""
        for name in options:
            if name not in OPTION_NAMES:
                raise TypeError(f"{method}() got an unexpected keyword argument {name!r}")
        gen_args: dict[str, Any] = {}
        body: Any = None
        extra: dict[str, Any] = {}
        form: dict[str, Any] = {}
        if self.mapping is not None and isinstance(values.get(self.mapping), Mapping):
            values, extra = self.spread_mapping(values)
        for name, value in values.items():
            if value is None:
                if name in self.required:
                    raise InvalidRequestError(name, "is required, not None")
                continue
            location = self.locations.get(name)
            if location is None:
                raise TypeError(f"{method}() got an unexpected keyword argument {name!r}")
            where, wire = location
            if where == "form":  # a text field of an upload's form (sent with its file, below)
                form[wire] = value
                continue
            if where == "files":
                continue
            schema = self.param_schemas.get(name)
            if schema is not None:
                validate(value, schema, name)
            if where in ("path", "query"):
                check_param(value, name, where)
            if where == "body":
                body = value
            elif where == "field":
                if body is None:
                    body = {}
                body[wire] = value
            else:
                gen_args[wire] = value
        if self.locations.get("files", ("",))[0] == "files" and values.get("files") is not None:
            from ._files import multipart_files  # uploads load the file helpers on first use

            body = multipart_files(values["files"], "files", form)
        if body is None and self.has_fields:
            body = {}
        call = Call(self, gen_args, body)
        if options:
            call.options = Call.pop_options(dict(options))
        if extra:  # keys the spec does not name travel as they are, in the query or the body
            where = "extra_body" if self.has_fields else "extra_query"
            call.options[where] = {**extra, **(call.options.get(where) or {})}
        return call

    def spread_mapping(self, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """The official package's calling form (``x-imbrace-mapping``): one dict of every value, e.g.
        ``platform.list_users({"limit": 10})`` or ``platform.change_role({"user_id": ..., "role": ...})``.
        Its keys are wire or Python names; arguments given by keyword win. Returns (values, unknown keys)."""
        mapping = str(self.mapping)
        spread = {k: v for k, v in values.items() if k != mapping}
        by_wire = {wire: name for name, (where, wire) in self.locations.items() if where != "path"}
        unknown: dict[str, Any] = {}
        for key, value in dict(values[mapping]).items():
            name = key if key in self.locations else by_wire.get(key)
            if name is None:
                unknown[key] = value
            elif spread.get(name) is None:
                spread[name] = value
        return spread, unknown

    def validate_body(self, body: Any) -> None:
        """Raise :class:`InvalidRequestError` naming the field when ``body`` breaks the spec's schema."""
        spec_body = self.entry.get("body")
        if spec_body is None or spec_body["content_type"] == "multipart/form-data":
            return
        if not isinstance(body, Mapping):
            raise InvalidRequestError("body", f"must be a dict, not {type(body).__name__}")
        validate(body, spec_body["schema"], "body")

    def request_kwargs(self, args: Mapping[str, Any], body: Any) -> dict[str, Any]:
        """Validate the body against the spec, then let the generated module build the request.

        ``args`` are the generated module's arguments (path, query and header parameters by Python name).
        """
        spec_body = self.entry.get("body")
        gen: dict[str, Any] = {k: v for k, v in args.items() if v is not None}
        for name in self.path_params:
            value = args.get(name)
            if value is None or (isinstance(value, str) and not value.strip()):
                raise InvalidRequestError(name, "must be a non-empty id")
        if spec_body is not None and body is not None:
            if spec_body["content_type"] == "multipart/form-data":
                gen["body"] = body if isinstance(body, MultipartBody) else MultipartBody(body)
            else:
                self.validate_body(body)
                gen["body"] = WireBody(body)
        elif spec_body is not None and spec_body["required"]:
            raise InvalidRequestError("body", "is required")
        elif body is not None:
            raise InvalidRequestError("body", f"{self.op_id} takes no body")
        try:
            kwargs: dict[str, Any] = self.module._get_kwargs(**gen)
        except ValueError as exc:  # path_segment() rejected "", "." or ".."
            name = str(exc).split("'")[1] if "'" in str(exc) else "path"
            raise InvalidRequestError(name, str(exc)) from None
        return kwargs

    def _promises_json(self, status: int) -> bool:
        """Whether the spec promises a JSON body (and nothing else) for ``status``."""
        declared: dict[str, list[str]] = self.entry["responses"]
        types = declared.get(str(status)) or declared.get(f"{status // 100}XX") or []
        return bool(types) and all("json" in t for t in types)

    def _check_reply(self, status: int, data: Any) -> None:
        """Raise :class:`ReplyMismatch` naming the first known field of the reply with the wrong type."""
        by_op, schemas = reply_schemas(self.service)
        replies = by_op.get(self.op_id) or {}
        schema = replies.get(str(status)) or replies.get(f"{status // 100}XX")
        if schema:
            check_reply(data, schema, "reply", schemas)

    def parse(self, response: httpx.Response) -> Any:
        """The parsed body: a generated model, a list, a string, or None for an empty reply.

        With ``x-imbrace-unwrap`` in the spec, the named field of the reply's envelope is returned instead
        (a bare list or an empty reply passes through).
        """
        status = response.status_code
        if status not in self._statuses and status // 100 not in self._status_classes:
            secrets = _secrets_of(response)
            raise APIResponseValidationError(
                f"{self.op_id}: undocumented success status {status}", body=_preview(response, secrets, 500)
            )
        if status == 204 or not response.content:
            return None
        ctype = response.headers.get("content-type", "")
        if "json" not in ctype:
            if not self._promises_json(status):
                return response.text
            if response.content.lstrip()[:1] not in (b"{", b"["):
                # a captive portal or a proxy's login page where the spec promises JSON (a JSON body
                # under the wrong content type is read as JSON)
                secrets = _secrets_of(response)
                preview = _preview(response, secrets)
                raise APIResponseValidationError(
                    f"{self.op_id}: expected JSON, got {ctype or 'no content type'} "
                    f"({len(response.content)} bytes, starting {preview[:80]!r})",
                    body=preview,
                )
        problem = ""
        try:
            data = _json.loads(response.content)
            self._check_reply(status, data)
            parsed = self.module._parse_response(client=_PARSE_CONTEXT, response=_ParsedJSON(response, data))
        except ReplyMismatch as exc:
            problem = f": {exc}"
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problem = f" ({type(exc).__name__}: {exc})"
        if problem:  # raised here, not in the handler: the parse error (which may quote the reply)
            secrets = _secrets_of(response)  # must not ride along as __context__
            raise APIResponseValidationError(
                redact_text(f"{self.op_id}: the response does not match the spec{problem}", secrets),
                body=_preview(response, secrets, 500),
            )
        if self.unwrap is not None and parsed is not None:
            if isinstance(parsed, list):  # a bare list where an envelope was promised
                return Page(parsed)
            value = parsed[self.unwrap]
            return Page(value, parsed) if isinstance(value, list) else value
        return parsed


class Read:
    """Effect of an iterating flow: the next chunk of a streamed response's body (``b""`` at its end)."""

    __slots__ = ("response",)
    kind = "read"

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


class Emit:
    """Effect of an iterating flow: hand ``value`` to the caller's ``for`` loop, then go on."""

    __slots__ = ("value",)
    kind = "emit"

    def __init__(self, value: Any) -> None:
        self.value = value


class Close:
    """Effect the runner adds when a flow fails: close the streamed responses it had opened, then re-raise."""

    __slots__ = ("responses",)
    kind = "close"

    def __init__(self, responses: list[httpx.Response]) -> None:
        self.responses = responses


Effect = Call | Read | Emit | Close


class FlowRunner:
    """Runs a flow generator without I/O: hands out the next :class:`Call`, takes its response back.

    The sync and async clients only send what :meth:`start`/:meth:`resume` return, until they return
    None; :attr:`result` is then the flow's result and :attr:`last_response` the last response received.
    """

    __slots__ = ("gen", "options", "current", "result", "last_response", "streams", "chunks", "failure")

    def __init__(self, gen: Generator[Effect, Any, Any], options: dict[str, Any]) -> None:
        self.gen = gen
        self.options = options
        self.current: Effect | None = None
        self.result: Any = None
        self.last_response: httpx.Response | None = None
        self.streams: list[httpx.Response] = []  # opened here; the driver closes them at the end
        self.chunks: dict[int, Any] = {}  # a streamed response's byte iterator, by id(response)
        self.failure: BaseException | None = None

    def start(self) -> Effect | None:
        return self._step(self.gen.send, None)

    def chunks_of(self, response: httpx.Response, open_chunks: Callable[[], Any]) -> Any:
        """The byte iterator (sync or async) of a streamed response, opened on the first :class:`Read`."""
        return self.chunks.setdefault(id(response), open_chunks())

    def finish(self) -> Close:
        """End an iterating flow early or late: close the generator; the streams it opened are to close."""
        self.gen.close()
        return Close(self.streams)

    def resume(self, outcome: Any, error: BaseException | None) -> Effect | None:
        """Go on with what the last effect gave: a response for a Call, bytes for a Read, None for Emit."""
        effect = self.current
        if isinstance(effect, Close) and self.failure is not None:
            raise self.failure
        if error is not None:
            return self._step(self.gen.throw, error)
        if not isinstance(effect, Call):
            return self._step(self.gen.send, outcome)
        self.last_response = outcome
        if effect.stream:
            self.streams.append(outcome)
            return self._step(self.gen.send, outcome)
        try:
            value = effect.op.parse(outcome)
        except Exception as exc:
            return self._step(self.gen.throw, exc)
        return self._step(self.gen.send, value)

    def _step(self, step: Callable[[Any], Effect], value: Any) -> Effect | None:
        try:
            effect = step(value)
        except StopIteration as stop:
            self.result, self.current = stop.value, None
            return None
        except BaseException as exc:
            if not self.streams or self.failure is not None:
                raise
            self.failure, self.current = exc, Close(self.streams)
            return self.current
        if self.options and isinstance(effect, Call):
            effect.options = {**self.options, **effect.options}
        self.current = effect
        return effect


@functools.cache
def operation(service: str, op_id: str) -> Operation:
    return Operation(service, op_id)
