"""Contains some shared types for properties"""

from collections.abc import Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    """The type of UNSET: "not given" for optional arguments (and fields), distinct from None."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickle and copy give back the module's one UNSET, so `is UNSET` keeps working


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def path_segment(name: str, value: object) -> str:
    """Encode ``value`` as exactly one URL path segment, or raise ``ValueError`` naming ``name``."""
    text = value if isinstance(value, str) else str(value)
    if text in ("", ".", ".."):
        raise ValueError(f"path parameter {name!r} must be a non-empty id, not {text!r}")
    return quote(text, safe="")


def _wrap(value: Any) -> Any:
    if isinstance(value, dict) and not isinstance(value, JSONObject):
        return JSONObject(value)
    if isinstance(value, list):
        return [_wrap(v) for v in value]
    return value


class JSONObject(dict[str, Any]):
    """A JSON object from a response: a plain ``dict`` that also allows ``obj.key`` access."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return _wrap(self[name])
        except KeyError:
            raise AttributeError(name) from None


class WireAccess:
    """Read access to a model by wire name, like the JSON object it came from, and a short repr.

    ``_WIRE_TO_ATTR`` maps every declared wire name to its attribute; ``_OPTIONAL`` holds the wire names
    of the optional ones. An optional field that holds None was not sent, unless the model recorded it
    in ``_explicit_nulls`` (a nullable field sent or given as null); UNSET, if a caller passed it, also
    means not sent.
    """

    __slots__ = ()
    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {}
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset()
    _explicit_nulls: tuple[str, ...] = ()  # models with nullable optional fields keep theirs per instance

    def _absent(self, key: str, value: Any) -> bool:
        """Whether declared field ``key``, holding ``value``, is missing from the wire form."""
        if value is None:
            return key in self._OPTIONAL and key not in self._explicit_nulls
        return isinstance(value, Unset)

    def __getitem__(self, key: str) -> Any:
        attr = self._WIRE_TO_ATTR.get(key)
        if attr is not None:
            value = getattr(self, attr)
            if (value is None or isinstance(value, Unset)) and self._absent(key, value):
                raise KeyError(key)
            return value
        extra: dict[str, Any] | None = getattr(self, "additional_properties", None)
        if extra is None:
            raise KeyError(key)
        return extra[key]

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self) -> list[str]:
        declared = [k for k, a in self._WIRE_TO_ATTR.items() if not self._absent(k, getattr(self, a))]
        return declared + list(getattr(self, "additional_properties", {}))

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def items(self) -> list[tuple[str, Any]]:
        return [(k, self[k]) for k in self.keys()]

    def values(self) -> list[Any]:
        return [self[k] for k in self.keys()]

    def __repr__(self) -> str:
        shown = [
            f"{a}={getattr(self, a)!r}" for k, a in self._WIRE_TO_ATTR.items() if not self._absent(k, getattr(self, a))
        ]
        extra = getattr(self, "additional_properties", None)
        if extra:
            shown.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    if not TYPE_CHECKING:  # run time only: a misspelt attribute stays a type error

        def __getattr__(self, name: str) -> Any:
            # Only called when normal lookup fails: fall back to additional (undeclared) properties.
            if name.startswith("__") or name == "additional_properties":
                raise AttributeError(name)
            try:
                extra = object.__getattribute__(self, "additional_properties")
            except AttributeError:
                raise AttributeError(name) from None
            try:
                return _wrap(extra[name])
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}") from None


__all__ = [
    "UNSET",
    "File",
    "FileContent",
    "FileTypes",
    "JSONObject",
    "RequestFiles",
    "Response",
    "Unset",
    "WireAccess",
    "path_segment",
]
