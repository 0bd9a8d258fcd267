"""The specs as the mock sees them: routing by raw path segments, and openapi-core validation.

Routing is done here, on the undecoded path, so that an id holding ``%2F`` stays one segment; the
matched pattern and the decoded path parameters are then handed to openapi-core, which validates
parameters, body and security, and later the response.
"""

from __future__ import annotations

import copy
import email.parser
import email.policy
import functools
import ipaddress
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import unquote

from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from werkzeug.datastructures import Headers, ImmutableMultiDict

SERVICES = ("ai_agent", "gateway")
_PARAM = re.compile(r"^\{([^}]+)\}$")


@dataclass(frozen=True)
class Route:
    service: str
    method: str
    pattern: str
    op_id: str
    segments: tuple[str, ...]
    operation: dict[str, Any]
    rest: bool = False  # the last path parameter also takes the raw segments after it (``x-imbrace-rest``)

    def match(self, raw_segments: list[str]) -> dict[str, str] | None:
        if self.rest and len(raw_segments) > len(self.segments):
            # a name like exports/users.parquet sent raw: fold its segments back into the last parameter
            keep = len(self.segments) - 1
            raw_segments = [*raw_segments[:keep], "/".join(raw_segments[keep:])]
        if len(raw_segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for want, got in zip(self.segments, raw_segments, strict=True):
            name = _PARAM.match(want)
            if name:
                params[name.group(1)] = unquote(got)
            elif want != got:
                return None
        return params


@dataclass
class Spec:
    documents: dict[str, dict[str, Any]]
    apis: dict[str, OpenAPI]
    routes: list[Route]

    def find(self, method: str, raw_path: str) -> tuple[Route | None, dict[str, str], bool]:
        """(route, path params, path exists) for a request; literal segments win over parameters."""
        raw_segments = raw_path.strip("/").split("/")
        path_exists = False
        for route in self.routes:
            params = route.match(raw_segments)
            if params is None:
                continue
            path_exists = True
            if route.method == method:
                return route, params, True
        return None, {}, path_exists

    def schema(self, service: str, name: str) -> dict[str, Any]:
        schema: dict[str, Any] = self.documents[service]["components"]["schemas"][name]
        return schema

    def form_errors(self, route: Route, parts: list[Part]) -> list[str]:
        """What is wrong with a multipart body against the operation's schema.

        openapi-core decodes only the parts the schema names, so it never sees an unknown part
        (``additionalProperties: false``) or a repeated one; the mock checks the whole form itself.
        Every part counts as its text; a repeated name counts as a list.
        """
        content = route.operation.get("requestBody", {}).get("content", {})
        schema = content.get("multipart/form-data", {}).get("schema")
        if schema is None:
            return []
        values: dict[str, list[str]] = {}
        for part in parts:
            values.setdefault(part.name, []).append(part.text)
        form = {name: texts[0] if len(texts) == 1 else texts for name, texts in values.items()}
        # $refs point into the document's components: give the schema them to resolve against.
        root = {"components": self.documents[route.service]["components"], **schema}
        validator = OAS31Validator(root, format_checker=FORMATS)
        return [f"{'.'.join(map(str, e.path)) or '(form)'}: {e.message}" for e in validator.iter_errors(form)]


# -- formats openapi-core does not check by itself ------------------------------------------------------
_UNRESERVED = r"A-Za-z0-9\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_URI = re.compile(
    rf"""
    [A-Za-z][A-Za-z0-9+.\-]*:                                     # scheme
    (?:
        //(?:(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*@)?          # userinfo
        (?:\[(?P<ip_literal>[^\]/]*)\]|(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*)  # host
        (?::[0-9]*)?                                               # port
        (?:/{_PCHAR}*)*                                            # path-abempty
      | /(?:{_PCHAR}+(?:/{_PCHAR}*)*)?                              # path-absolute
      | {_PCHAR}+(?:/{_PCHAR}*)*                                   # path-rootless
      |                                                            # path-empty
    )
    (?:\?(?:{_PCHAR}|[/?])*)?                                       # query
    (?:\#(?:{_PCHAR}|[/?])*)?                                       # fragment
    """,
    re.VERBOSE,
)
_IP_FUTURE = re.compile(rf"v[0-9A-Fa-f]+\.[{_UNRESERVED}{_SUB_DELIMS}:]+")


def is_uri(value: object) -> bool:
    """An absolute URI per RFC 3986 (``format: uri``); anything that is not a string is not checked."""
    if not isinstance(value, str):
        return True
    match = _URI.fullmatch(value)
    if match is None:
        return False
    literal = match.group("ip_literal")
    if literal is None or _IP_FUTURE.fullmatch(literal):
        return True
    try:
        ipaddress.IPv6Address(literal)
    except ValueError:
        return False
    return True


FORMATS = copy.deepcopy(oas31_format_checker)
FORMATS.checks("uri")(is_uri)


# -- media types ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Part:
    """One part of a ``multipart/form-data`` body."""

    name: str
    filename: str | None
    content_type: str
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


def parse_form(body: bytes, content_type: str) -> list[Part]:
    """The parts of a ``multipart/form-data`` body; ``ValueError`` when it is not a well-formed one
    (no boundary, a broken or missing delimiter, a part without a ``form-data`` name, a nested multipart)."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode("utf-8", errors="replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart() or message.defects:
        raise ValueError("the body is not a well-formed multipart/form-data")
    parts: list[Part] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if part.defects or part.get_content_disposition() != "form-data" or not isinstance(name, str):
            raise ValueError("every part of a multipart/form-data body needs a form-data name")
        if not isinstance(payload, bytes):
            raise ValueError(f"part {name!r} is itself multipart")
        parts.append(Part(name, part.get_filename(), part.get_content_type(), payload))
    return parts


def _form(data: bytes, **parameters: str) -> ImmutableMultiDict[str, str]:
    """openapi-core's view of a form (its own parser asserts on malformed bodies instead of failing).

    Parts are given as text: a file part is ``type: string, format: binary`` in the spec (which is what
    makes the generator type it as a ``File``), and openapi-core would refuse raw bytes for ``string``.
    Handlers read the raw parts through ``ctx.form()``."""
    boundary = parameters.get("boundary", "").replace("\\", "\\\\").replace('"', '\\"')
    parts = parse_form(data, f'multipart/form-data; boundary="{boundary}"')
    return ImmutableMultiDict([(part.name, part.text) for part in parts])


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


# Text media types openapi-core does not know are validated as the strings they are; forms are parsed
# strictly (a malformed one is a 400, never a crash); formats it lacks are checked.
_CONFIG = Config(
    extra_media_type_deserializers={
        "text/event-stream": _text,
        "text/csv": _text,
        "multipart/form-data": _form,
    },
    extra_format_validators={"uri": is_uri},
)


@functools.cache
def load_spec() -> Spec:
    documents: dict[str, dict[str, Any]] = {}
    apis: dict[str, OpenAPI] = {}
    routes: list[Route] = []
    for service in SERVICES:
        text = resources.files(f"imbrace_generated.{service}").joinpath("openapi.json").read_text()
        doc = json.loads(text)
        doc["servers"] = [{"url": "/"}]  # serve on whatever host the mock binds
        documents[service] = doc
        apis[service] = OpenAPI.from_dict(doc, config=_CONFIG)
        for path, item in doc["paths"].items():
            for method, op in item.items():
                if method in ("get", "put", "post", "delete", "patch", "head"):
                    segs = tuple(path.strip("/").split("/"))
                    rest = any(
                        p.get("x-imbrace-rest") for p in op.get("parameters", []) if p.get("in") == "path"
                    )
                    routes.append(Route(service, method.upper(), path, op["operationId"], segs, op, rest))
    # Literal segments before parameters, so /chats/latest-by-kind beats /chats/{id}.
    routes.sort(key=lambda r: tuple(1 if _PARAM.match(s) else 0 for s in r.segments))
    return Spec(documents, apis, routes)


class OARequest:
    """A request in the shape openapi-core reads (with the already-matched path pattern)."""

    def __init__(
        self,
        *,
        host_url: str,
        path: str,
        path_pattern: str,
        method: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        path_params: dict[str, str],
        content_type: str,
        body: bytes | None,
    ) -> None:
        self.host_url = host_url
        self.path = path
        self.path_pattern = path_pattern
        self.full_url_pattern = host_url + path_pattern
        self.method = method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query),
            header=Headers(list(headers.items())),
            cookie={},
            path=path_params,
        )
        self.content_type = content_type
        self.body = body


class OAResponse:
    def __init__(self, status_code: int, content_type: str, headers: dict[str, str], data: bytes) -> None:
        self.status_code = status_code
        self.content_type = content_type
        self.headers = Headers(list(headers.items()))
        self.data = data
