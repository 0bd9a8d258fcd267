"""Hypothesis fuzzes the SSE decoder against a reference model of the SSE spec.

Any chunking of any valid stream gives the events the spec says; LF, CR and CRLF line ends mix freely;
U+2028, U+2029 and other Unicode line breaks stay inside data; ``id:``, ``retry:``, ``event:`` and
comment lines behave as specified, with no phantom event after an ``id:`` line; random bytes never
crash the decoder, and the UI stream layer on top raises only typed errors. Runs derandomized, so the
examples are the same on every run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imbrace import ImbraceError, ServerSentEvent, SSEDecoder
from imbrace._streaming import UIStreamState

EXAMPLES = 500
FUZZ = settings(
    max_examples=EXAMPLES, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
RUN = {"examples": 0}

# Characters that are line breaks for str.splitlines() but not for SSE: they must survive in data.
TRICKY = "\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"
line_text = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), st.sampled_from(TRICKY)
    ),
    max_size=12,
)


@dataclass
class Block:
    """One blank-line-terminated block of a stream, in the order its lines are written."""

    lines: list[tuple[str, str]]  # (field, value); field "" means a comment
    blank_lines: int  # extra blank lines after the block (must never dispatch anything)


field_line = st.one_of(
    st.tuples(st.just("data"), line_text),
    st.tuples(st.just("event"), line_text.filter(lambda s: "\0" not in s)),
    st.tuples(st.just("id"), line_text),
    st.tuples(st.just("retry"), st.one_of(st.integers(0, 10**6).map(str), line_text)),
    st.tuples(st.just(""), line_text),  # comment
    st.tuples(st.sampled_from(["foo", "dat", "Data"]), line_text),  # unknown fields are ignored
)
blocks = st.lists(
    st.builds(Block, st.lists(field_line, min_size=0, max_size=5), st.integers(0, 2)), max_size=6
)
endings = st.lists(st.sampled_from(["\n", "\r", "\r\n"]), min_size=1, max_size=8)


def encode(stream: list[Block], eols: list[str], spaced: bool) -> bytes:
    """Write the blocks with line ends taken round-robin from ``eols``.

    A CR followed by an empty line ending in LF would read as one CRLF, so that pair is avoided.
    """
    out: list[str] = []
    previous = ""
    k = 0

    def emit(line: str) -> None:
        nonlocal previous, k
        eol = eols[k % len(eols)]
        k += 1
        if previous == "\r" and not line and eol == "\n":
            eol = "\r\n"
        out.append(line + eol)
        previous = eol

    for block in stream:
        for name, value in block.lines:
            if name == "":
                emit(":" + value)
            else:
                emit(f"{name}: {value}" if spaced or value.startswith(" ") else f"{name}:{value}")
        for _ in range(1 + block.blank_lines):
            emit("")
    return "".join(out).encode()


def reference(stream: list[Block]) -> list[ServerSentEvent]:
    """What the SSE spec dispatches for these blocks."""
    events: list[ServerSentEvent] = []
    last_id: str | None = None
    retry: int | None = None
    for block in stream:
        data: list[str] = []
        event = ""
        for name, value in block.lines:
            if name == "data":
                data.append(value)
            elif name == "event":
                event = value
            elif name == "id" and "\0" not in value:
                last_id = value
            elif name == "retry" and value.isascii() and value.isdigit():
                retry = int(value)
        if data:
            events.append(ServerSentEvent("\n".join(data), event or "message", last_id, retry))
    return events


def decode_chunks(data: bytes, cuts: list[int]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    start = 0
    for cut in sorted(set(c % (len(data) + 1) for c in cuts)) + [len(data)]:
        events += decoder.feed(data[start:cut])
        start = max(start, cut)
    return events + decoder.flush()


@FUZZ
@given(stream=blocks, eols=endings, spaced=st.booleans(), cuts=st.lists(st.integers(0, 10_000), max_size=12))
def test_any_chunking_of_any_valid_stream_gives_the_specified_events(
    stream: list[Block], eols: list[str], spaced: bool, cuts: list[int]
) -> None:
    RUN["examples"] += 1
    data = encode(stream, eols, spaced)
    expected = reference(stream)
    assert decode_chunks(data, []) == expected
    assert decode_chunks(data, cuts) == expected
    assert decode_chunks(data, list(range(len(data)))) == expected  # one byte at a time


@FUZZ
@given(
    texts=st.lists(line_text, min_size=1, max_size=5),
    event_id=line_text.filter(lambda s: "\0" not in s),
    blanks=st.integers(1, 4),
)
def test_no_phantom_events_after_an_id_line(texts: list[str], event_id: str, blanks: int) -> None:
    RUN["examples"] += 1
    body = f"id: {event_id}\n\n" + "".join(f"data: {t}\n\n" + "\n" * blanks for t in texts)
    events = decode_chunks(body.encode(), [])
    assert [e.data for e in events] == texts and all(e.id == event_id for e in events)


@FUZZ
@given(deltas=st.lists(line_text, min_size=1, max_size=6), eols=endings, cuts=st.lists(st.integers(0, 5000)))
def test_text_deltas_survive_any_chunking(deltas: list[str], eols: list[str], cuts: list[int]) -> None:
    """U+2028/U+2029 written raw (as JSON.stringify does) stay inside one delta."""
    RUN["examples"] += 1
    chunks = [{"type": "text-delta", "id": "t", "delta": d} for d in deltas] + [{"type": "finish"}]
    lines = [Block([("data", json.dumps(c, ensure_ascii=False))], 0) for c in chunks]
    data = encode(lines, eols, True)
    state = UIStreamState()
    texts = [t for e in decode_chunks(data, cuts) if (t := state.text(e.data)) is not None]
    state.check_complete()
    assert "".join(texts) == "".join(deltas)


@FUZZ
@given(noise=st.binary(max_size=400), cuts=st.lists(st.integers(0, 500), max_size=8))
def test_random_bytes_raise_only_typed_errors(noise: bytes, cuts: list[int]) -> None:
    RUN["examples"] += 1
    events = decode_chunks(noise, cuts)  # the decoder itself never raises
    state = UIStreamState()
    try:
        for event in events:
            state.text(event.data)
        state.check_complete()
    except ImbraceError:
        pass


@FUZZ
@given(
    payloads=st.lists(
        st.one_of(
            st.dictionaries(
                st.sampled_from(["type", "delta", "errorText", "reason", "choices"]),
                st.none() | st.text(max_size=5) | st.integers(),
            ),
            st.lists(st.integers(), max_size=2),
            st.text(max_size=8),
        ),
        max_size=5,
    )
)
def test_hostile_json_chunks_raise_only_typed_errors(payloads: list[object]) -> None:
    RUN["examples"] += 1
    state = UIStreamState()
    try:
        for payload in payloads:
            state.text(json.dumps(payload) if not isinstance(payload, str) else payload)
        state.check_complete()
    except ImbraceError as exc:
        assert isinstance(getattr(exc, "partial_text", ""), str)


def test_zz_fuzz_examples_ran() -> None:
    """Runs last in this module and prints the figure for ``pytest -s`` (five properties × EXAMPLES)."""
    print(f"\nSSE fuzz examples run: {RUN['examples']}")
