"""The specs as the mock sees them: routing by raw path segments, and openapi-core validation.

Routing is done here, on the undecoded path, so that an id holding ``%2F`` stays one segment; the
matched pattern and the decoded path parameters are then handed to openapi-core, which validates
parameters, body and security, and later the response.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import unquote

from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
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

    def match(self, raw_segments: list[str]) -> dict[str, str] | None:
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


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


# Text media types openapi-core does not know are validated as the strings they are.
_CONFIG = Config(extra_media_type_deserializers={"text/event-stream": _text, "text/csv": _text})


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
                    routes.append(Route(service, method.upper(), path, op["operationId"], segs, op))
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
