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


# -- values JSON and URLs cannot carry ------------------------------------------------------------------

MAX_BODY_DEPTH = 100  # levels of nesting a request body may have; real bodies have a handful
MAX_PATH_CHARS = 1024  # an id in a URL path; real ids are a few dozen characters


def _text_problem(text: str) -> str | None:
    """Why ``text`` cannot be sent as UTF-8 (a lone surrogate), or None."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return (
            f"holds a lone surrogate ({text[exc.start]!r} at position {exc.start}), which UTF-8 cannot encode"
        )
    return None


def check_json(value: Any, where: str, max_depth: int = MAX_BODY_DEPTH) -> None:
    """Raise :class:`InvalidRequestError` naming the place when ``value`` is not sendable JSON: NaN or
    ±Infinity, a set or any other non-JSON type, text with a lone surrogate, or nesting deeper than
    ``max_depth``. Walks with its own stack, so no body can make it recurse."""
    stack: list[tuple[Any, str, int]] = [(value, where, 0)]
    while stack:
        item, at, depth = stack.pop()
        kind = type(item)
        if kind is str:
            problem = _text_problem(item)
            if problem:
                raise InvalidRequestError(at, problem)
        elif kind is float:
            if item != item or item in (float("inf"), float("-inf")):
                raise InvalidRequestError(
                    at, f"must be a finite number, not {item!r} (JSON has no NaN or Infinity)"
                )
        elif item is None or kind is bool or kind is int:
            continue
        elif isinstance(item, Mapping | list | tuple):
            if depth >= max_depth:
                place = at if len(at) <= 80 else at[:80] + "..."
                raise InvalidRequestError(place, f"is nested deeper than {max_depth} levels")
            if isinstance(item, Mapping):
                for key, child in item.items():
                    if not isinstance(key, str):
                        if (
                            key is None
                            or isinstance(key, bool | int)
                            or (isinstance(key, float) and key == key)
                        ):
                            key = str(key)
                        else:
                            raise InvalidRequestError(
                                at, f"has a {type(key).__name__} key; JSON keys are text"
                            )
                    elif _text_problem(key):
                        raise InvalidRequestError(at, f"has a key that {_text_problem(key)}")
                    stack.append((child, f"{at}.{key}", depth + 1))
            else:
                stack.extend((child, f"{at}[{i}]", depth + 1) for i, child in enumerate(item))
        elif isinstance(item, str):  # a str subclass (an enum member): the text it carries
            stack.append((str.__str__(item), at, depth))
        elif isinstance(item, int):
            continue
        elif isinstance(item, float):
            stack.append((float(item), at, depth))
        else:
            hint = " (use a list)" if isinstance(item, set | frozenset) else ""
            raise InvalidRequestError(at, f"a {kind.__name__} cannot be sent as JSON{hint}")


def check_param(value: Any, name: str, where: str) -> None:
    """Raise :class:`InvalidRequestError` for a path or query argument no URL can carry as meant: a path
    id that is not text or a number, or is longer than :data:`MAX_PATH_CHARS`; a query value that is
    not text, a number, a boolean or a list of them; text with a lone surrogate."""
    values = value if where == "query" and isinstance(value, list | tuple) else (value,)
    for item in values:
        if isinstance(item, bool) and where == "path" or not isinstance(item, str | int | float):
            what = "text or a number" if where == "path" else "text, a number, a boolean or a list of them"
            raise InvalidRequestError(name, f"must be {what}, not {type(item).__name__}")
        if isinstance(item, float) and (item != item or item in (float("inf"), float("-inf"))):
            raise InvalidRequestError(name, f"must be a finite number, not {item!r}")
        if isinstance(item, str):
            if where == "path" and len(item) > MAX_PATH_CHARS:
                raise InvalidRequestError(
                    name, f"is {len(item)} characters long; an id has at most {MAX_PATH_CHARS}"
                )
            problem = _text_problem(item)
            if problem:
                raise InvalidRequestError(name, problem)


# -- replies -------------------------------------------------------------------------------------------

MAX_REPLY_CHECK_DEPTH = 64  # levels of a reply checked against the spec; deeper is left as it came


class ReplyMismatch(Exception):
    """A reply's known field has the wrong type. ``where`` names it (``reply.users[0].name``)."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where} {message}")
        self.where = where


def check_reply(
    value: Any, schema: Mapping[str, Any], where: str, schemas: Mapping[str, Any], depth: int = 0
) -> None:
    """Raise :class:`ReplyMismatch` where a reply's known field has a type its schema does not allow.

    Only types are checked (``type``, ``items``, ``properties``, ``allOf``, ``oneOf``/``anyOf``, local
    ``$ref``); unknown extra fields, nulls, enums and formats pass, so a server a little ahead of the spec
    still works. Stops at :data:`MAX_REPLY_CHECK_DEPTH`."""
    if depth > MAX_REPLY_CHECK_DEPTH or value is None:
        return
    for _ in range(32):  # follow $ref chains, never forever
        ref = schema.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
            break
        schema = schemas.get(ref.rsplit("/", 1)[1], {})
    for sub in schema.get("allOf", ()):
        check_reply(value, sub, where, schemas, depth + 1)
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if options:
            for option in options:
                try:
                    check_reply(value, option, where, schemas, depth + 1)
                    break
                except ReplyMismatch:
                    continue
            else:
                raise ReplyMismatch(where, f"matches none of its allowed shapes (a {_describe(value)})")
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else list(types)
        if not any(_type_ok(value, n) for n in names):
            raise ReplyMismatch(where, f"should be of type {' or '.join(names)}, not {_describe(value)}")
    if isinstance(value, list):
        items = schema.get("items")
        if isinstance(items, Mapping) and items:
            for i, item in enumerate(value):
                check_reply(item, items, f"{where}[{i}]", schemas, depth + 1)
    elif isinstance(value, Mapping):
        props: Mapping[str, Any] = schema.get("properties") or {}
        if props:
            for key, item in value.items():
                sub = props.get(key)
                if sub is not None:
                    check_reply(item, sub, f"{where}.{key}", schemas, depth + 1)
