from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_comment_list import ContactCommentList
from ...models.error import Error
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    contact_id: str,
    *,
    channel_types: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channel_types"] = channel_types

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/contacts/{contact_id}/comments".format(
            contact_id=path_segment("contact_id", contact_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactCommentList | Error:
    if response.status_code == 200:
        response_200 = ContactCommentList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactCommentList | Error]:
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
    skip: int | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ContactCommentList | Error]:
    """Internal comments on the contact, newest first, a page at a time (`skip`/`limit`).

    Args:
        contact_id (str):
        channel_types (str | Unset):
        skip (int | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommentList | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        channel_types=channel_types,
        skip=skip,
        limit=limit,
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
    skip: int | Unset = UNSET,
    limit: int | Unset = 20,
) -> ContactCommentList | Error | None:
    """Internal comments on the contact, newest first, a page at a time (`skip`/`limit`).

    Args:
        contact_id (str):
        channel_types (str | Unset):
        skip (int | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommentList | Error
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        channel_types=channel_types,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    channel_types: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ContactCommentList | Error]:
    """Internal comments on the contact, newest first, a page at a time (`skip`/`limit`).

    Args:
        contact_id (str):
        channel_types (str | Unset):
        skip (int | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommentList | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        channel_types=channel_types,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    channel_types: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = 20,
) -> ContactCommentList | Error | None:
    """Internal comments on the contact, newest first, a page at a time (`skip`/`limit`).

    Args:
        contact_id (str):
        channel_types (str | Unset):
        skip (int | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommentList | Error
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            channel_types=channel_types,
            skip=skip,
            limit=limit,
        )
    ).parsed
