from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_conversation_list import ContactConversationList
from ...models.error import Error
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    contact_id: str,
    *,
    channel_types: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channel_types"] = channel_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/contacts/{contact_id}/conversations".format(
            contact_id=path_segment("contact_id", contact_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactConversationList | Error:
    if response.status_code == 200:
        response_200 = ContactConversationList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactConversationList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    channel_types: str | Unset = UNSET,
) -> Response[ContactConversationList | Error]:
    """The contact's conversations, optionally only those of some channel types (`"whatsapp,web"`).

    Args:
        contact_id (str):
        channel_types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactConversationList | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        channel_types=channel_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    channel_types: str | Unset = UNSET,
) -> ContactConversationList | Error | None:
    """The contact's conversations, optionally only those of some channel types (`"whatsapp,web"`).

    Args:
        contact_id (str):
        channel_types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactConversationList | Error
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        channel_types=channel_types,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    channel_types: str | Unset = UNSET,
) -> Response[ContactConversationList | Error]:
    """The contact's conversations, optionally only those of some channel types (`"whatsapp,web"`).

    Args:
        contact_id (str):
        channel_types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactConversationList | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        channel_types=channel_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    channel_types: str | Unset = UNSET,
) -> ContactConversationList | Error | None:
    """The contact's conversations, optionally only those of some channel types (`"whatsapp,web"`).

    Args:
        contact_id (str):
        channel_types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactConversationList | Error
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            channel_types=channel_types,
        )
    ).parsed
