"""The platform namespaces' flows and retired methods, as a user writes them: strict pyright must infer
these exact types (a retired method accepts any arguments and never returns).

Type-checked only, never run (tests/test_typing_user_script.py).
"""

from __future__ import annotations

from typing import reveal_type

from imbrace import AsyncImbraceClient, ImbraceClient


def platform_calls(client: ImbraceClient) -> None:
    reveal_type(client.organizations.list(limit=5))  # expect-type: OrganizationList
    reveal_type(client.platform.list_processed_credential_types())  # expect-type: list[CredentialType]
    reveal_type(client.account.upload_avatar("me.png"))  # expect-type: UploadedImage
    reveal_type(client.teams.request_join("team_1", {}))  # expect-type: TeamUser
    reveal_type(client.platform.get_team_labels("team_1"))  # expect-type: Page[TeamLabel]
    reveal_type(client.sessions.list)  # expect-type: (...) -> NoReturn
    client.platform.list_rooms({"any": "arguments"}, limit=5)


async def platform_calls_async(client: AsyncImbraceClient) -> None:
    reveal_type(await client.organizations.list())  # expect-type: OrganizationList
    reveal_type(client.teams.get_workflows)  # expect-type: (...) -> NoReturn
    client.sessions.delete("session_1")
