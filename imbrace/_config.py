"""Client configuration: environment presets, environment variables, service URLs and auth selection.

Everything here is pure: it turns constructor arguments and ``os.environ`` into one frozen
:class:`ClientConfig`, which the transport reads. Nothing here does I/O.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._errors import InvalidRequestError

ENVIRONMENTS: dict[str, str] = {
    "develop": "https://app-gateway.dev.imbrace.co",
    "sandbox": "https://app-gateway.sandbox.imbrace.co",
    "stable": "https://app-gatewayv2.imbrace.co",
    "prodv2": "https://app-gatewayv2.imbrace.co",
}
DEFAULT_ENVIRONMENT = "stable"

# Path prefix of each service on the gateway; ``services={key: url}`` moves a service elsewhere.
# The service override keys of the docs (getting-started/setup.md) and the gateway path each stands for.
# ``gateway`` moves every other route; ``workflow_engine`` is the current name of ``activepieces``.
SERVICE_PREFIXES: dict[str, str] = {
    "ai_agent": "/ai-agent",
    "ai": "/v3/ai",
    "data_board": "/data-board",
    "activepieces": "/activepieces",
    "workflow_engine": "/activepieces",
    "platform": "/platform",
    "channel_service": "/channel-service",
    "backend": "/v1/backend",
    "ips": "/ips/v1",
    "marketplaces": "/marketplaces/v2",
    "file_service": "/files/v1",
    "message_suggestion": "/v1/message-suggestion",
    "predict": "/predict",
    "gateway": "",
}

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

TimeoutTypes = float | httpx.Timeout | None


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InvalidRequestError(
            "timeout", f"must be a positive number of seconds or httpx.Timeout, not {value!r}"
        )
    return httpx.Timeout(float(value), connect=min(float(value), 5.0))


def check_credential(name: str, value: object) -> None:
    """Refuse a credential or organization id no header can carry as given: not text, empty, padded
    with whitespace (a key read from a file keeps its newline), or holding a space, a control or a
    non-ASCII character. The message never shows the value, only where the problem is."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(name, "must be a non-empty string")
    if value != value.strip():
        raise InvalidRequestError(
            name, "has leading or trailing whitespace (a trailing newline from a file?); strip it"
        )
    for i, char in enumerate(value):
        if not ("!" <= char <= "~"):
            kind = "a non-ASCII" if not char.isascii() else "a whitespace or control"
            raise InvalidRequestError(
                name,
                f"holds {kind} character at position {i} of {len(value)}; headers carry printable ASCII only",
            )


def is_jwt(token: str) -> bool:
    return token.startswith("eyJ") and token.count(".") == 2


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclasses.dataclass(frozen=True, repr=False)
class ClientConfig:
    """Everything a client needs to send a request. Immutable: ``with_options`` makes a changed copy."""

    base_url: str
    api_key: str | None = None
    access_token: str | None = None
    organization_id: str | None = None
    timeout: httpx.Timeout = dataclasses.field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    services: Mapping[str, str] = dataclasses.field(default_factory=dict)
    default_headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    allow_insecure_http: bool = False

    def __repr__(self) -> str:
        mode = "api_key" if self.api_key else "access_token" if self.access_token else "none"
        return (
            f"ClientConfig(base_url={self.base_url!r}, auth={mode}, organization_id={self.organization_id!r})"
        )

    @property
    def secrets(self) -> tuple[str, ...]:
        """The client's credentials, including any passed as ``default_headers``."""
        from ._logging import sensitive_values

        own = tuple(s for s in (self.api_key, self.access_token) if s)
        return own + sensitive_values(self.default_headers)

    def auth_headers(self) -> dict[str, str]:
        """The credential headers, chosen as the gateway expects them.

        An API key wins and is sent alone (the gateway resolves the organization from it). A JWT with an
        organization goes as ``Authorization: Bearer`` plus ``x-organization-id``. Any other token goes as
        ``x-access-token``, with ``x-organization-id`` when one is set.
        """
        if self.api_key:
            return {"x-api-key": self.api_key}
        if self.access_token:
            if is_jwt(self.access_token) and self.organization_id:
                return {
                    "authorization": f"Bearer {self.access_token}",
                    "x-organization-id": self.organization_id,
                }
            headers = {"x-access-token": self.access_token}
            if self.organization_id:
                headers["x-organization-id"] = self.organization_id
            return headers
        return {}

    def url_for(self, path: str) -> str:
        """The absolute URL of a spec path, honouring per-service overrides.

        An absolute URL (one a response supplied, such as a download link) is kept as it is; the
        transport sends credentials with it only when it is one of :attr:`origins`.
        """
        if path.startswith(("http://", "https://")):
            return path
        for service, url in self.services.items():
            prefix = SERVICE_PREFIXES[service]
            if prefix and (path == prefix or path.startswith(prefix + "/")):
                return url.rstrip("/") + path[len(prefix) :]
        return self.services.get("gateway", self.base_url).rstrip("/") + path

    @property
    def origins(self) -> frozenset[str]:
        """Every origin credentials may be sent to: the gateway and any overridden service."""
        urls = [self.base_url, *self.services.values()]
        return frozenset(origin_of(u) for u in urls)


_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: str) -> str:
    """``scheme://host:port`` of ``url``, lower-cased, user info dropped, the default port explicit."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme, 0)
    except ValueError:
        port = -1
    return f"{scheme}://{(parts.hostname or '').lower()}:{port}"


def _check_url(name: str, url: str, has_credentials: bool, allow_insecure_http: bool) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidRequestError(name, f"must be an absolute http(s) URL, not {url!r}")
    if parts.query or parts.fragment:
        raise InvalidRequestError(name, "must not carry a query or fragment")
    if (
        parts.scheme == "http"
        and has_credentials
        and not allow_insecure_http
        and not is_loopback(parts.hostname or "")
    ):
        raise InvalidRequestError(
            name,
            f"refusing to send credentials over plain HTTP to {parts.hostname}; use https:// "
            "(or pass allow_insecure_http=True if you really mean it)",
        )
    return url.rstrip("/")


# Both generations of the official docs' variable names; the first one set wins.
GATEWAY_ENV = ("IMBRACE_BASE_URL", "IMBRACE_GATEWAY_URL")
ORGANIZATION_ENV = ("IMBRACE_ORGANIZATION_ID", "IMBRACE_ORG_ID")


def _first_env(environ: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    """The first non-empty value among ``names``."""
    return next((environ[name] for name in names if environ.get(name)), None)


def build_config(
    *,
    env: str | None,
    base_url: str | None,
    gateway: str | None,
    api_key: str | None,
    access_token: str | None,
    organization_id: str | None,
    timeout: TimeoutTypes | None,
    max_retries: int | None,
    services: Mapping[str, str] | None,
    default_headers: Mapping[str, str] | None,
    max_connections: int | None,
    max_response_bytes: int | None,
    allow_insecure_http: bool,
    environ: Mapping[str, str] = os.environ,
) -> ClientConfig:
    """Resolve arguments, falling back to ``IMBRACE_*`` environment variables where an argument is absent."""
    api_key = api_key if api_key is not None else environ.get("IMBRACE_API_KEY") or None
    access_token = access_token if access_token is not None else environ.get("IMBRACE_ACCESS_TOKEN") or None
    if organization_id is None:
        organization_id = _first_env(environ, ORGANIZATION_ENV)
    for name, value in (
        ("api_key", api_key),
        ("access_token", access_token),
        ("organization_id", organization_id),
    ):
        if value is not None:
            check_credential(name, value)

    url = base_url or gateway or _first_env(environ, GATEWAY_ENV)
    if not url:
        env = env or environ.get("IMBRACE_ENV") or DEFAULT_ENVIRONMENT
        if env not in ENVIRONMENTS:
            raise InvalidRequestError(
                "env", f"unknown environment {env!r}; choose one of {', '.join(ENVIRONMENTS)}"
            )
        url = ENVIRONMENTS[env]
    elif env is not None and env not in ENVIRONMENTS:
        raise InvalidRequestError(
            "env", f"unknown environment {env!r}; choose one of {', '.join(ENVIRONMENTS)}"
        )
    has_credentials = bool(api_key or access_token)
    url = _check_url("base_url", url, has_credentials, allow_insecure_http)

    checked_services: dict[str, str] = {}
    for key, service_url in (services or {}).items():
        if key not in SERVICE_PREFIXES:
            raise InvalidRequestError(
                "services", f"unknown service {key!r}; choose from {', '.join(SERVICE_PREFIXES)}"
            )
        checked_services[key] = _check_url(
            f"services[{key!r}]", service_url, has_credentials, allow_insecure_http
        )

    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise InvalidRequestError("max_retries", f"must be an integer >= 0, not {max_retries!r}")
    extra: dict[str, Any] = {}
    if timeout is not None:
        extra["timeout"] = to_timeout(timeout)
    if max_retries is not None:
        extra["max_retries"] = max_retries
    if max_connections is not None:
        extra["max_connections"] = max_connections
    if max_response_bytes is not None:
        extra["max_response_bytes"] = max_response_bytes
    return ClientConfig(
        base_url=url,
        api_key=api_key,
        access_token=access_token,
        organization_id=organization_id,
        services=checked_services,
        default_headers=dict(default_headers or {}),
        allow_insecure_http=allow_insecure_http,
        **extra,
    )
