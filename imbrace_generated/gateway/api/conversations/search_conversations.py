from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.conversation_list import ConversationList
from ...models.error import Error
from ...models.search_conversations_type import SearchConversationsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    business_unit_id: str,
    q: str,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    type_: SearchConversationsType | Unset = "text",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["business_unit_id"] = business_unit_id

    params["q"] = q

    params["limit"] = limit

    params["skip"] = skip

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/team_conversations/_search",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConversationList | Error:
    if response.status_code == 200:
        response_200 = ConversationList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    business_unit_id: str,
    q: str,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    type_: SearchConversationsType | Unset = "text",
) -> Response[ConversationList | Error]:
    """Full-text search of a business unit's conversations (name, contact, messages), a page at a time.

    Args:
        business_unit_id (str):
        q (str):
        limit (int | Unset):
        skip (int | Unset):
        type_ (SearchConversationsType | Unset):  Default: 'text'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationList | Error]
    """

    kwargs = _get_kwargs(
        business_unit_id=business_unit_id,
        q=q,
        limit=limit,
        skip=skip,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    business_unit_id: str,
    q: str,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    type_: SearchConversationsType | Unset = "text",
) -> ConversationList | Error | None:
    """Full-text search of a business unit's conversations (name, contact, messages), a page at a time.

    Args:
        business_unit_id (str):
        q (str):
        limit (int | Unset):
        skip (int | Unset):
        type_ (SearchConversationsType | Unset):  Default: 'text'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationList | Error
    """

    return sync_detailed(
        client=client,
        business_unit_id=business_unit_id,
        q=q,
        limit=limit,
        skip=skip,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    business_unit_id: str,
    q: str,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    type_: SearchConversationsType | Unset = "text",
) -> Response[ConversationList | Error]:
    """Full-text search of a business unit's conversations (name, contact, messages), a page at a time.

    Args:
        business_unit_id (str):
        q (str):
        limit (int | Unset):
        skip (int | Unset):
        type_ (SearchConversationsType | Unset):  Default: 'text'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationList | Error]
    """

    kwargs = _get_kwargs(
        business_unit_id=business_unit_id,
        q=q,
        limit=limit,
        skip=skip,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    business_unit_id: str,
    q: str,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    type_: SearchConversationsType | Unset = "text",
) -> ConversationList | Error | None:
    """Full-text search of a business unit's conversations (name, contact, messages), a page at a time.

    Args:
        business_unit_id (str):
        q (str):
        limit (int | Unset):
        skip (int | Unset):
        type_ (SearchConversationsType | Unset):  Default: 'text'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            business_unit_id=business_unit_id,
            q=q,
            limit=limit,
            skip=skip,
            type_=type_,
        )
    ).parsed
