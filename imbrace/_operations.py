"""From an operationId to a request, and from a response to a model: the sans-IO half of every call.

A namespace method names its operation (``"get_health"``), passes path arguments, query arguments and a
body, and gets back what the spec promises. The generated module of the operation, found through
``imbrace_generated/<service>/operations.json``, builds the request (``_get_kwargs``) and parses the
response (``_parse_response``); modules are imported on first use, so namespaces stay cheap to load.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Mapping
from importlib import resources
from types import ModuleType
from typing import Any

import httpx

from . import _json
from ._errors import APIResponseValidationError, InvalidRequestError
from ._validation import validate


@functools.cache
def operation_table(service: str) -> dict[str, Any]:
    text = resources.files(f"imbrace_generated.{service}").joinpath("operations.json").read_text()
    table: dict[str, Any] = json.loads(text)
    return table


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


class Operation:
    """One spec operation: builds its request kwargs and parses its response."""

    __slots__ = ("service", "op_id", "entry", "_module", "_statuses", "_status_classes")

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

    @property
    def module(self) -> ModuleType:
        if self._module is None:
            self._module = importlib.import_module(
                f"imbrace_generated.{self.service}.api.{self.entry['module']}"
            )
        return self._module

    def validate_body(self, body: Any) -> None:
        """Raise :class:`InvalidRequestError` naming the field when ``body`` breaks the spec's schema."""
        spec_body = self.entry.get("body")
        if spec_body is None or spec_body["content_type"] == "multipart/form-data":
            return
        if not isinstance(body, Mapping):
            raise InvalidRequestError("body", f"must be a dict, not {type(body).__name__}")
        validate(body, spec_body["schema"], "body")

    def request_kwargs(self, path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> dict[str, Any]:
        """Validate the body against the spec, then let the generated module build the request."""
        spec_body = self.entry.get("body")
        args: dict[str, Any] = {**path, **{k: v for k, v in query.items() if v is not None}}
        for name, value in path.items():
            if value is None or (isinstance(value, str) and not value.strip()):
                raise InvalidRequestError(name, "must be a non-empty id")
        if spec_body is not None and body is not None:
            if spec_body["content_type"] == "multipart/form-data":
                args["body"] = body if isinstance(body, MultipartBody) else MultipartBody(body)
            else:
                self.validate_body(body)
                args["body"] = WireBody(body)
        elif spec_body is not None and spec_body["required"]:
            raise InvalidRequestError("body", "is required")
        elif body is not None:
            raise InvalidRequestError("body", f"{self.op_id} takes no body")
        try:
            kwargs: dict[str, Any] = self.module._get_kwargs(**args)
        except ValueError as exc:  # path_segment() rejected "", "." or ".."
            name = str(exc).split("'")[1] if "'" in str(exc) else "path"
            raise InvalidRequestError(name, str(exc)) from None
        return kwargs

    def parse(self, response: httpx.Response) -> Any:
        """The parsed body: a generated model, a list, a string, or None for an empty reply."""
        status = response.status_code
        if status not in self._statuses and status // 100 not in self._status_classes:
            raise APIResponseValidationError(
                f"{self.op_id}: undocumented success status {status}", body=response.text[:500]
            )
        if status == 204 or not response.content:
            return None
        if "json" not in response.headers.get("content-type", ""):
            return response.text
        try:
            source: Any = _ParsedJSON(response, _json.loads(response.content)) if _json.FAST else response
            return self.module._parse_response(client=_PARSE_CONTEXT, response=source)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise APIResponseValidationError(
                f"{self.op_id}: the response does not match the spec ({type(exc).__name__}: {exc})"
            ) from None


@functools.cache
def operation(service: str, op_id: str) -> Operation:
    return Operation(service, op_id)
