"""Checks a request body against its spec schema before anything is sent.

The schemas come from ``imbrace_generated/<service>/request_schemas.json`` (written by ``make generate``
from the same spec the mock validates against). Only the JSON Schema keywords our specs use are
implemented; the first violation raises :class:`InvalidRequestError` naming the field, e.g.
``body.messages[0].role``. Kept dependency-free so that ``import imbrace`` stays light.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any

from ._errors import InvalidRequestError

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (Mapping,),
    "array": (list, tuple),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def _type_ok(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _JSON_TYPES.get(name, (object,)))


def _describe(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _unknown_field(where: str, key: str, props: Mapping[str, Any]) -> str:
    """Why ``key`` is refused, and how to send it anyway: the spec may lag the server, so the per-call
    ``extra_body`` (merged into the body's top level after validation) lets a caller get past it."""
    allowed = ", ".join(props) or "none"
    if where == "body":
        how = f"extra_body={{{key!r}: ...}}"
    else:  # a nested field: extra_body replaces the top-level value it sits in
        top = re.split(r"[.\[]", where)[1]
        how = f"extra_body={{{top!r}: ...}} with the whole {top!r} value"
    return (
        f"is not a known field (allowed: {allowed}); to send it anyway, pass {how}, which is sent "
        "unvalidated (extra_query and extra_headers do the same for query parameters and headers)"
    )


def validate(value: Any, schema: Mapping[str, Any], where: str) -> None:
    """Raise :class:`InvalidRequestError` at the first place ``value`` breaks ``schema``."""
    if not schema:
        return
    if "const" in schema and value != schema["const"]:
        raise InvalidRequestError(where, f"must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise InvalidRequestError(
            where, f"must be one of {', '.join(map(repr, schema['enum']))}, not {value!r}"
        )
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else list(types)
        if not any(_type_ok(value, n) for n in names):
            raise InvalidRequestError(where, f"must be of type {' or '.join(names)}, not {_describe(value)}")
    for key in ("oneOf", "anyOf"):
        if key in schema:
            errors = []
            for option in schema[key]:
                try:
                    validate(value, option, where)
                    break
                except InvalidRequestError as exc:
                    errors.append(str(exc))
            else:
                raise InvalidRequestError(
                    where, "matches none of the allowed shapes (" + "; ".join(errors) + ")"
                )
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            raise InvalidRequestError(
                where, "must not be empty" if schema["minLength"] == 1 else "is too short"
            )
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise InvalidRequestError(where, f"must be at most {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise InvalidRequestError(where, f"must match {schema['pattern']!r}")
        if schema.get("format") == "uuid":
            try:
                uuid.UUID(value)
            except ValueError:
                raise InvalidRequestError(where, f"must be a UUID, not {value!r}") from None
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise InvalidRequestError(where, f"must be >= {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise InvalidRequestError(where, f"must be <= {schema['maximum']}")
    elif isinstance(value, list | tuple):
        if len(value) < schema.get("minItems", 0):
            raise InvalidRequestError(
                where, "must not be empty" if schema["minItems"] == 1 else "has too few items"
            )
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise InvalidRequestError(where, f"must have at most {schema['maxItems']} items")
        items = schema.get("items")
        if isinstance(items, Mapping):
            for i, item in enumerate(value):
                validate(item, items, f"{where}[{i}]")
    elif isinstance(value, Mapping):
        props: Mapping[str, Any] = schema.get("properties", {})
        for key in schema.get("required", ()):
            if key not in value:
                raise InvalidRequestError(f"{where}.{key}", "is required")
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                validate(item, props[key], f"{where}.{key}")
            elif extra is False:
                raise InvalidRequestError(f"{where}.{key}", _unknown_field(where, key, props))
            elif isinstance(extra, Mapping):
                validate(item, extra, f"{where}.{key}")
