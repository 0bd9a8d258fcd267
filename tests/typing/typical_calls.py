"""Ten typical calls, as a user writes them: strict pyright must infer these exact types.

Type-checked only, never run (tests/test_typing_user_script.py).
"""

from __future__ import annotations

from typing import reveal_type

from imbrace import AsyncImbraceClient, ImbraceClient


def typical(client: ImbraceClient) -> None:
    agent = client.chat_ai.get_ai_agent("asst_1")
    reveal_type(agent)  # expect-type: Agent
    reveal_type(agent.description)  # expect-type: str | None
    reveal_type(client.boards.get("board_1"))  # expect-type: Board
    reveal_type(client.folders.search(q="faq"))  # expect-type: Page[Folder]
    completion = client.ai.complete({"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]})
    reveal_type(completion)  # expect-type: Completion
    texts = client.ai_agent.stream_chat_text({"assistant_id": "a", "messages": []})
    reveal_type(texts)  # expect-type: Iterator[str]
    reveal_type(client.boards.iter_items("board_1"))  # expect-type: Iterator[BoardItem]
    flow = client.activepieces.get_flow("flow_1", extra_headers={"X-Trace": "1"}, timeout=5)
    reveal_type(flow)  # expect-type: Flow
    raw = client.with_raw_response.chat_ai.get_ai_agent("asst_1")
    reveal_type(raw)  # expect-type: APIResponse[Agent]
    reveal_type(raw.parse())  # expect-type: Agent
    update = client.chat_ai.update_assistant
    reveal_type(update("asst_1", {"description": "v2"}))  # expect-type: Agent


async def typical_async(client: AsyncImbraceClient) -> None:
    reveal_type(await client.chat_ai.get_ai_agent("asst_1"))  # expect-type: Agent
    texts = client.ai_agent.stream_chat_text({"assistant_id": "a", "messages": []})
    reveal_type(texts)  # expect-type: AsyncIterator[str]
    async with client.with_streaming_response.boards.get("board_1") as response:
        reveal_type(await response.parse())  # expect-type: Board
