"""Seeded fault injection for the mock, and its ``Idempotency-Key`` replay.

``MockServer(faults="503:0.2,429:0.1,reset:0.05,stall:0.02,truncate:0.05", seed=7)`` draws one decision
per request, in arrival order, from ``random.Random(seed)``: a client that sends one request at a time
sees the same faults on every run, so a failing run can be replayed. Kinds:

* ``<status>`` (``408``, ``429``, ``500``, ``502``, ``503``, ``504``, …): answered before the handler runs,
  so nothing is applied. Half of them carry ``Retry-After`` (or ``retry-after-ms``), half carry none.
* ``reset``: the connection is dropped, half the time before the request is read (nothing applied) and
  half the time after the handler ran (its effect applied, the reply lost). ``reset-before`` and
  ``reset-after`` pick one.
* ``stall``: no answer for ``stall_seconds`` (longer than the client's timeout), then the connection is
  dropped; the handler never runs.
* ``truncate``: the handler runs, then the reply is cut: a stream after some of its chunks, a JSON body
  half-way through.
* ``slow``: the handler runs and streamed chunks arrive with ``gap_seconds`` pauses between them.

``server.faults.injected`` counts what was injected, by kind; ``server.store.effects`` counts what the
handlers applied, so a test can prove that nothing ran twice.
"""

from __future__ import annotations

import random
import socket
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Fault", "FaultPlan", "ConnectionDropped", "IdempotencyCache", "drop_connection"]

OTHER_KINDS = ("reset", "reset-before", "reset-after", "stall", "truncate", "slow")


class ConnectionDropped(ConnectionResetError):
    """Raised inside the WSGI app after the socket was shut: the server treats it as a dropped client."""


def drop_connection(environ: Mapping[str, Any]) -> None:
    """Shut the client's socket so it sees the connection close without (the rest of) a reply."""
    sock = environ.get("werkzeug.socket")
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
    raise ConnectionDropped("fault injected: connection dropped")


@dataclass(frozen=True)
class Fault:
    """One drawn fault. ``status`` is set for error statuses; ``kind`` names it for the counters."""

    kind: str
    status: int = 0
    retry_after: dict[str, str] = field(default_factory=dict)
    cut_after: int = 1  # truncate: chunks (or half the body) sent before the cut

    @property
    def before_handler(self) -> bool:
        return self.status > 0 or self.kind in ("reset-before", "stall")


class FaultPlan:
    """Rates per kind plus a seeded generator; thread-safe; draws one decision per request."""

    def __init__(
        self,
        rates: Mapping[str, float] | str,
        seed: int = 0,
        *,
        stall_seconds: float = 10.0,
        gap_seconds: float = 0.05,
    ) -> None:
        self.rates: dict[str, float] = parse_rates(rates) if isinstance(rates, str) else dict(rates)
        for kind, rate in self.rates.items():
            if kind not in OTHER_KINDS and not (kind.isdigit() and 400 <= int(kind) <= 599):
                raise ValueError(
                    f"unknown fault kind {kind!r}: use an HTTP status >= 400 or one of {OTHER_KINDS}"
                )
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"fault rate of {kind!r} must be within 0..1, not {rate}")
        if sum(self.rates.values()) > 1.0 + 1e-9:
            raise ValueError("fault rates add up to more than 1")
        self.seed = seed
        self.stall_seconds = stall_seconds
        self.gap_seconds = gap_seconds
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self.requests: int = 0
        self.injected: Counter[str] = Counter()
        self.log: list[tuple[int, str, str, str]] = []  # (request number, method, path, kind)

    def draw(self, method: str, path: str) -> Fault | None:
        with self._lock:
            self.requests += 1
            roll, extra, cut = self._rng.random(), self._rng.random(), self._rng.randint(1, 6)
            for kind, rate in self.rates.items():
                if roll < rate:
                    fault = self._make(kind, extra, cut)
                    self.injected[fault.kind] += 1
                    self.log.append((self.requests, method, path, fault.kind))
                    return fault
                roll -= rate
            return None

    @staticmethod
    def _make(kind: str, extra: float, cut: int) -> Fault:
        if kind.isdigit():
            hint: dict[str, str] = {}
            if extra < 0.25:
                hint = {"retry-after": "1"}
            elif extra < 0.5:
                hint = {"retry-after-ms": "20"}
            return Fault(kind if not hint else f"{kind}+retry-after", int(kind), hint)
        if kind == "reset":
            kind = "reset-before" if extra < 0.5 else "reset-after"
        return Fault(kind, cut_after=cut)

    @property
    def total(self) -> int:
        return sum(self.injected.values())


def parse_rates(text: str) -> dict[str, float]:
    """``"503:0.2,reset:0.05"`` → ``{"503": 0.2, "reset": 0.05}``."""
    rates: dict[str, float] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        kind, sep, rate = item.partition(":")
        if not sep:
            raise ValueError(f"bad fault {item!r}: write KIND:RATE, e.g. 503:0.2")
        rates[kind.strip().lower()] = float(rate)
    return rates


def truncated(chunks: Iterable[bytes], keep: int, environ: Mapping[str, Any]) -> Iterator[bytes]:
    """The first ``keep`` chunks, then a dropped connection (the stream is cut mid-reply)."""
    for n, chunk in enumerate(chunks):
        if n >= keep:
            break
        yield chunk
    close = getattr(chunks, "close", None)
    if close is not None:
        close()
    drop_connection(environ)


def slowed(chunks: Iterable[bytes], gap: float, stop: threading.Event) -> Iterator[bytes]:
    """The first chunk at once (the headers go with it), every later one after ``gap`` seconds."""
    for n, chunk in enumerate(chunks):
        if n and stop.wait(gap):
            return
        yield chunk


@dataclass
class _Stored:
    status: int
    headers: list[tuple[str, str]]
    body: list[bytes]


class IdempotencyCache:
    """Replays the first complete reply to ``(method, path, Idempotency-Key)``, as a real API would.

    Requests with the same key are handled one at a time, so a retry that races its first attempt
    still sees the effect only once. A reply is stored once the handler has run, before it is sent:
    a reply lost on the way (a ``reset-after``) is replayed to the retry.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key_locks: dict[tuple[str, str, str], threading.Lock] = {}
        self._replies: dict[tuple[str, str, str], _Stored] = {}
        self.replays: int = 0

    def key_lock(self, key: tuple[str, str, str]) -> threading.Lock:
        with self._lock:
            return self._key_locks.setdefault(key, threading.Lock())

    def get(self, key: tuple[str, str, str]) -> tuple[int, list[tuple[str, str]], list[bytes]] | None:
        stored = self._replies.get(key)
        if stored is None:
            return None
        with self._lock:
            self.replays += 1
        return stored.status, [*stored.headers, ("idempotent-replayed", "true")], list(stored.body)

    def put(
        self, key: tuple[str, str, str], status: int, headers: list[tuple[str, str]], body: Iterable[bytes]
    ) -> list[bytes]:
        """Store a reply (a stream is read whole) and return its body for sending."""
        chunks = list(body)
        if status < 500:  # a server error is not a result: the retry runs the handler again
            self._replies[key] = _Stored(status, headers, chunks)
        return chunks
