"""Uploads and downloads without holding whole files in memory.

``multipart_files`` accepts every form the docs use (``{"file": open(...)}``, ``{"file": (name, bytes,
type)}``, ``{"folder_id": (None, "x")}``), a path, an open binary file, or raw bytes, and returns what
httpx needs; paths are opened lazily and streamed by httpx in chunks. ``write_stream`` pours a response
into a path or binary file.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from ._errors import InvalidRequestError
from ._operations import MultipartBody

FileInput = Any  # see multipart_files for the accepted forms


def _guess_type(name: str | None) -> str:
    return (mimetypes.guess_type(name)[0] if name else None) or "application/octet-stream"


def _open(param: str, value: str | os.PathLike[str], owned: list[Any]) -> BinaryIO:
    path = Path(value)
    if not path.is_file():
        raise InvalidRequestError(param, f"no such file: {path}")
    handle = path.open("rb")  # noqa: SIM115 - closed by MultipartBody.close() after the request
    owned.append(handle)
    return handle


class OneShotReader:
    """A non-seekable source (a pipe, stdin, a socket file, a generator of bytes) as the file httpx reads
    a multipart part from. It has no ``fileno``, ``seek`` or ``seekable``, so httpx cannot mistake a
    pipe's buffered size for its length: the body goes with ``Transfer-Encoding: chunked``; and the
    transport sees that it cannot be replayed, so it is never retried."""

    def __init__(self, param: str, source: Any) -> None:
        self._param = param
        self._read = getattr(source, "read", None)
        self._chunks: Iterator[Any] | None = None if self._read is not None else iter(source)

    def read(self, size: int = -1) -> bytes:
        if self._read is not None:
            data = self._read(size)
        else:
            assert self._chunks is not None
            data = next(self._chunks, b"")
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidRequestError(
                self._param, f"a stream must give bytes, not {type(data).__name__} (open it in 'rb' mode)"
            )
        return bytes(data)


def _seekable(value: Any) -> bool:
    seekable = getattr(value, "seekable", None)
    try:
        return callable(seekable) and bool(seekable())
    except (OSError, ValueError):
        return False


def _is_chunk_source(value: Any) -> bool:
    """A generator or iterator of bytes (not a file, not bytes, not a tuple): sent as a stream."""
    return isinstance(value, Iterator) or (
        isinstance(value, Iterable)
        and not isinstance(value, str | bytes | bytearray | tuple | list | Mapping)
    )


def _stream(param: str, value: Any) -> Any:
    """``value`` as httpx should read it: a seekable file as it is (sized, replayable), anything else
    that reads or iterates as a :class:`OneShotReader`."""
    if hasattr(value, "read"):
        return value if _seekable(value) else OneShotReader(param, value)
    return OneShotReader(param, value)


def _file_part(param: str, value: Any, owned: list[Any]) -> tuple[str | None, Any, str | None]:
    if isinstance(value, str | os.PathLike):
        return Path(value).name, _open(param, value, owned), _guess_type(Path(value).name)
    if isinstance(value, bytes | bytearray):
        return "upload.bin", bytes(value), "application/octet-stream"
    if isinstance(value, io.IOBase) or hasattr(value, "read"):
        if isinstance(value, io.TextIOBase):
            raise InvalidRequestError(param, "open the file in binary mode ('rb')")
        name = os.path.basename(str(getattr(value, "name", "") or "")) or "upload.bin"
        return name, _stream(param, value), _guess_type(name)
    if _is_chunk_source(value):
        return "upload.bin", OneShotReader(param, value), "application/octet-stream"
    if isinstance(value, tuple) and 2 <= len(value) <= 3:
        name, content = value[0], value[1]
        ctype = value[2] if len(value) == 3 else None
        if isinstance(content, os.PathLike):
            content = _open(param, content, owned)
        elif isinstance(content, io.TextIOBase):
            raise InvalidRequestError(param, "open the file in binary mode ('rb')")
        elif hasattr(content, "read") or _is_chunk_source(content):
            content = _stream(param, content)
        return name, content, ctype or (_guess_type(name) if name else None)
    raise InvalidRequestError(
        param,
        f"unsupported file value {type(value).__name__}; pass a path, bytes, a binary file or a (name, content, type) tuple",
    )


def multipart_files(
    files: Any, param: str = "files", fields: Mapping[str, Any] | None = None
) -> MultipartBody:
    """A multipart body of the file part(s), then plain form fields; validated before anything is sent."""
    if files is None:
        raise InvalidRequestError(param, "is required")
    entries: list[tuple[str, Any]] = []
    owned: list[Any] = []
    if isinstance(files, Mapping):
        if "file" not in files:
            raise InvalidRequestError(f"{param}['file']", "is required")
        for key, value in files.items():
            if (
                isinstance(value, tuple) and len(value) == 2 and value[0] is None
            ):  # a form field: (None, value)
                entries.append((key, (None, str(value[1]))))
            else:
                entries.append((key, _file_part(f"{param}[{key!r}]", value, owned)))
    else:
        entries.append(("file", _file_part(param, files, owned)))
    for key, value in (fields or {}).items():
        if value is not None and all(k != key for k, _ in entries):
            entries.append((key, (None, str(value))))
    return MultipartBody(entries, owned)


class _Sink:
    """Where a download goes: a path (opened here, closed by ``with``) or a binary file of the caller's
    (left open). ``write`` counts the bytes written."""

    def __init__(self, path_or_file: Any) -> None:
        if isinstance(path_or_file, str | os.PathLike):
            self._file: BinaryIO = Path(path_or_file).open("wb")  # noqa: SIM115 - closed by __exit__
            self._owned = True
        elif hasattr(path_or_file, "write"):
            self._file, self._owned = path_or_file, False
        else:
            raise InvalidRequestError("to", "must be a path or a binary file opened for writing")
        self.written = 0

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)
        self.written += len(chunk)

    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._owned:
            self._file.close()


def write_stream(chunks: Iterator[bytes], path_or_file: Any) -> int:
    with _Sink(path_or_file) as sink:
        for chunk in chunks:
            sink.write(chunk)
    return sink.written


async def awrite_stream(chunks: AsyncIterator[bytes], path_or_file: Any) -> int:
    with _Sink(path_or_file) as sink:
        async for chunk in chunks:
            sink.write(chunk)
    return sink.written
