"""The SSE decoder against the spec: every chunking, every line ending, fields, comments, truncation."""

from __future__ import annotations

import pytest

from imbrace import OversizedEventError, ServerSentEvent, SSEDecoder


def decode(data: bytes, step: int | None = None) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    if step is None:
        events += decoder.feed(data)
    else:
        for i in range(0, len(data), step):
            events += decoder.feed(data[i : i + step])
    events += decoder.flush()
    return events


STREAM = (
    'data: {"type":"text-delta","delta":"héllo ✓"}\n\n'
    ": heartbeat\n\n"
    "event: update\nid: 7\ndata: line one\ndata: line two\n\n"
    "data: [DONE]\n\n"
).encode()


def test_basic_events() -> None:
    events = decode(STREAM)
    assert [e.data for e in events] == [
        '{"type":"text-delta","delta":"héllo ✓"}',
        "line one\nline two",
        "[DONE]",
    ]
    assert events[1].event == "update" and events[1].id == "7"
    assert events[2].event == "message" and events[2].id == "7"  # the last event id persists


@pytest.mark.parametrize("step", [1, 2, 3, 5, 7, 64])
def test_every_chunking_gives_the_same_events(step: int) -> None:
    assert decode(STREAM, step) == decode(STREAM)


def test_split_inside_a_utf8_character_at_every_byte() -> None:
    data = "data: ✓✓✓ €\n\n".encode()
    for cut in range(1, len(data)):
        decoder = SSEDecoder()
        events = decoder.feed(data[:cut]) + decoder.feed(data[cut:])
        assert [e.data for e in events] == ["✓✓✓ €"], cut


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_line_endings(eol: str) -> None:
    data = f"data: a{eol}data: b{eol}{eol}data: c{eol}{eol}".encode()
    for step in (1, 2, len(data)):
        assert [e.data for e in decode(data, step)] == ["a\nb", "c"]


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"data: a\r") + decoder.feed(b"\n\r") + decoder.feed(b"\ndata: b\r\n\r\n")
    assert [e.data for e in events] == ["a", "b"]


def test_no_phantom_events_after_id_line() -> None:
    # The peers' decoders dispatch an empty event for every blank line once an id was seen.
    events = decode(b"id: 1\ndata: x\n\n\n\n\nid: 2\n\n\n")
    assert [e.data for e in events] == ["x"]


def test_comments_and_unknown_fields_are_ignored() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b": stream-open\n\nfoo: bar\ndata: x\n\n: keep-alive\n\n")
    assert [e.data for e in events] == ["x"]
    assert decoder.comments == 2


def test_retry_field_and_data_without_space() -> None:
    events = decode(b"retry: 1500\ndata:tight\n\nretry: soon\ndata: y\n\n")
    assert events[0].data == "tight" and events[0].retry == 1500
    assert events[1].retry == 1500  # a non-numeric retry is ignored


def test_unicode_line_separators_stay_inside_data() -> None:
    events = decode("data: a\u2028b\u2029c\x85d\n\n".encode())
    assert [e.data for e in events] == ["a\u2028b\u2029c\x85d"]


def test_truncated_stream_drops_the_unfinished_event() -> None:
    assert [e.data for e in decode(b"data: done\n\ndata: cut mid-ev")] == ["done"]


def test_bom_is_stripped_and_empty_data_dispatches() -> None:
    events = decode(b"\xef\xbb\xbfdata:\n\n")
    assert [e.data for e in events] == [""]


def test_invalid_utf8_is_replaced_not_raised() -> None:
    assert [e.data for e in decode(b"data: \xff\xfe\n\n")] == ["\ufffd\ufffd"]


def test_an_event_that_never_ends_raises_past_the_limit() -> None:
    decoder = SSEDecoder(max_event_chars=1000)
    assert [e.data for e in decoder.feed(b"data: ok\n\n")] == ["ok"]
    with pytest.raises(OversizedEventError, match="max_event_chars=1000"):
        for _ in range(100):  # bounded: the limit is crossed at the 11th chunk
            decoder.feed(b"data: " + b"x" * 94)
    assert decoder._pending_chars == 0  # the buffer was dropped, not kept


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("step", [4096, 4097])
def test_a_large_event_across_many_chunks_decodes_whole(eol: str, step: int) -> None:
    """Pieces of an unfinished event are joined once; the blank line may fall across any chunk edge."""
    big = "é" * 300_000
    data = f"data: a{eol}{eol}data: {big}{eol}data: tail{eol}{eol}data: z{eol}{eol}".encode()
    assert [e.data for e in decode(data, step)] == ["a", f"{big}\ntail", "z"]
    for cut in range(len(data) - 12, len(data)):  # every split around the final blank lines
        decoder = SSEDecoder()
        events = decoder.feed(data[:cut]) + decoder.feed(data[cut:]) + decoder.flush()
        assert [e.data for e in events][-1] == "z", cut


def test_the_default_limit_allows_large_events() -> None:
    decoder = SSEDecoder()
    assert decoder.max_event_chars == 16 * 1024 * 1024
    assert len(decode(b"data: " + b"q" * 3_000_000 + b"\n\n", 65536)[0].data) == 3_000_000


def test_events_completed_before_an_oversized_rest_are_still_returned() -> None:
    for finish in ("feed", "flush"):
        decoder = SSEDecoder(max_event_chars=100)
        assert [e.data for e in decoder.feed(b"data: first\n\ndata: " + b"x" * 200)] == ["first"]
        with pytest.raises(OversizedEventError):
            decoder.feed(b"more") if finish == "feed" else decoder.flush()
