"""The ``imbrace`` logger and redaction. Nothing logged here ever carries a body or a credential."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

logger = logging.getLogger("imbrace")

_SECRET_QUERY = re.compile(r"(key|token|secret|password|signature|auth|credential)", re.IGNORECASE)
_SECRET_HEADER = re.compile(r"(key|token|secret|password|signature|auth|credential|cookie)", re.IGNORECASE)
REDACTED = "***"


def is_sensitive_header(name: str) -> bool:
    """Header names whose values are credentials (``x-api-key``, ``Authorization``, ``Cookie``, …)."""
    return bool(_SECRET_HEADER.search(name)) and name.lower() != "idempotency-key"


def sensitive_values(headers: Mapping[str, str]) -> tuple[str, ...]:
    """The credential values among ``headers``; for ``Authorization: Bearer x`` both forms."""
    found: list[str] = []
    for name, value in headers.items():
        if value and is_sensitive_header(name):
            found.append(value)
            scheme, _, token = value.partition(" ")
            if token and scheme.isalpha():
                found.append(token.strip())
    return tuple(found)


def setup_from_env() -> None:
    """``IMBRACE_LOG=debug|info`` turns on logging to stderr (redacted, like every log line here)."""
    level = os.environ.get("IMBRACE_LOG", "").strip().upper()
    if level in ("DEBUG", "INFO") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every known secret (4 characters or more) masked; longest first."""
    for secret in sorted(secrets, key=len, reverse=True):
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text


def redact_url(url: str, secrets: Iterable[str] = ()) -> str:
    """The URL without user info, and with secret-looking query values and known secrets masked."""
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    query = parts.query
    if query:
        pairs = [
            (k, REDACTED if _SECRET_QUERY.search(k) else v)
            for k, v in parse_qsl(query, keep_blank_values=True)
        ]
        query = urlencode(pairs, safe="*")
    return redact_text(urlunsplit((parts.scheme, netloc, parts.path, query, "")), secrets)


MAX_REDACT_DEPTH = 64


def redact_value(value: object, secrets: Iterable[str], _depth: int = 0) -> object:
    """A parsed JSON body with every occurrence of a secret masked (servers sometimes echo the key).

    Keys are masked too. Anything nested deeper than :data:`MAX_REDACT_DEPTH` is replaced by
    :data:`REDACTED` whole: it is never recursed into, and never shown unchecked.
    """
    secrets = tuple(secrets)
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, dict | list) and _depth >= MAX_REDACT_DEPTH:
        return REDACTED
    if isinstance(value, dict):
        return {
            redact_text(k, secrets) if isinstance(k, str) else k: redact_value(v, secrets, _depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_value(v, secrets, _depth + 1) for v in value]
    return value
