from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_conversation_message_action import (
    GetConversationMessageAction,
)
from ...models.message import Message
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    conversation_id: str,
    message_id: str,
    *,
    action: GetConversationMessageAction | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action

    params["action"] = json_action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/conversations/{conversation_id}/conversation_messages/{message_id}".format(
            conversation_id=path_segment("conversation_id", conversation_id),
            message_id=path_segment("message_id", message_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Message:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    action: GetConversationMessageAction | Unset = UNSET,
) -> Response[Error | Message]:
    """One message; `action=pin`/`unpin` pins or unpins it first (`messages.pin`, `messages.unpin`).

    Args:
        conversation_id (str):
        message_id (str):
        action (GetConversationMessageAction | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        message_id=message_id,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    action: GetConversationMessageAction | Unset = UNSET,
) -> Error | Message | None:
    """One message; `action=pin`/`unpin` pins or unpins it first (`messages.pin`, `messages.unpin`).

    Args:
        conversation_id (str):
        message_id (str):
        action (GetConversationMessageAction | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        conversation_id=conversation_id,
        message_id=message_id,
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    action: GetConversationMessageAction | Unset = UNSET,
) -> Response[Error | Message]:
    """One message; `action=pin`/`unpin` pins or unpins it first (`messages.pin`, `messages.unpin`).

    Args:
        conversation_id (str):
        message_id (str):
        action (GetConversationMessageAction | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        message_id=message_id,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    action: GetConversationMessageAction | Unset = UNSET,
) -> Error | Message | None:
    """One message; `action=pin`/`unpin` pins or unpins it first (`messages.pin`, `messages.unpin`).

    Args:
        conversation_id (str):
        message_id (str):
        action (GetConversationMessageAction | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            message_id=message_id,
            client=client,
            action=action,
        )
    ).parsed
