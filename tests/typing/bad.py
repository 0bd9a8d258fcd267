"""Misuses of the public API: strict pyright must report an error on exactly the lines whose comment says
"expect-error".

Add a line here whenever the SDK's types start catching a new mistake.
"""

from __future__ import annotations

from imbrace import ImbraceClient

client = ImbraceClient(api_key="api_test")
namespace = client.no_such_namespace  # expect-error
client.close(42)  # expect-error
not_a_client: ImbraceClient = "api_test"  # expect-error
ImbraceClient(apikey="api_test")  # expect-error
agent = client.chat_ai.get_ai_agent("asst_1")
name = agent.nmae  # expect-error
client.ai_agent.create_client_chat({"titel": "misspelt key"})  # expect-error
client.boards.create_item("board_1", {"fields": [{"board_field_id": 1, "value": "x"}]})  # expect-error
client.chat_ai.get_ai_agent("asst_1", timout=5)  # expect-error
