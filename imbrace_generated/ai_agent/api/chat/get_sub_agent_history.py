from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sub_agent_history import SubAgentHistory
from ...types import UNSET, Response


def _get_kwargs(
    *,
    session_id: str,
    chat_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["session_id"] = session_id

    params["chat_id"] = chat_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ai-agent/v2/sub-agent-chat/history",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SubAgentHistory:
    if response.status_code == 200:
        response_200 = SubAgentHistory.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SubAgentHistory]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    session_id: str,
    chat_id: str,
) -> Response[Error | SubAgentHistory]:
    """The messages a sub-agent exchanged in one chat of a session.

    Args:
        session_id (str):
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubAgentHistory]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        chat_id=chat_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    session_id: str,
    chat_id: str,
) -> Error | SubAgentHistory | None:
    """The messages a sub-agent exchanged in one chat of a session.

    Args:
        session_id (str):
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubAgentHistory
    """

    return sync_detailed(
        client=client,
        session_id=session_id,
        chat_id=chat_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    session_id: str,
    chat_id: str,
) -> Response[Error | SubAgentHistory]:
    """The messages a sub-agent exchanged in one chat of a session.

    Args:
        session_id (str):
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubAgentHistory]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        chat_id=chat_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    session_id: str,
    chat_id: str,
) -> Error | SubAgentHistory | None:
    """The messages a sub-agent exchanged in one chat of a session.

    Args:
        session_id (str):
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubAgentHistory
    """

    return (
        await asyncio_detailed(
            client=client,
            session_id=session_id,
            chat_id=chat_id,
        )
    ).parsed
