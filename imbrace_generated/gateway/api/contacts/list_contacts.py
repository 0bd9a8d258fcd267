from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_list import ContactList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    skip: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params["offset"] = offset

    params["page"] = page

    params["q"] = q

    params["search"] = search

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactList | Error:
    if response.status_code == 200:
        response_200 = ContactList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ContactList | Error]:
    """Contacts of the organization, a page at a time (`limit` with `skip`, the spec's `offset` or the
    integrations' `page`), filtered by free text (`q` or `search`) and sorted by `sort` (`-field`
    descends).

    Args:
        limit (int | Unset):  Default: 20.
        skip (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        q (str | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        offset=offset,
        page=page,
        q=q,
        search=search,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ContactList | Error | None:
    """Contacts of the organization, a page at a time (`limit` with `skip`, the spec's `offset` or the
    integrations' `page`), filtered by free text (`q` or `search`) and sorted by `sort` (`-field`
    descends).

    Args:
        limit (int | Unset):  Default: 20.
        skip (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        q (str | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
        offset=offset,
        page=page,
        q=q,
        search=search,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ContactList | Error]:
    """Contacts of the organization, a page at a time (`limit` with `skip`, the spec's `offset` or the
    integrations' `page`), filtered by free text (`q` or `search`) and sorted by `sort` (`-field`
    descends).

    Args:
        limit (int | Unset):  Default: 20.
        skip (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        q (str | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        offset=offset,
        page=page,
        q=q,
        search=search,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ContactList | Error | None:
    """Contacts of the organization, a page at a time (`limit` with `skip`, the spec's `offset` or the
    integrations' `page`), filtered by free text (`q` or `search`) and sorted by `sort` (`-field`
    descends).

    Args:
        limit (int | Unset):  Default: 20.
        skip (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        q (str | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
            offset=offset,
            page=page,
            q=q,
            search=search,
            sort=sort,
        )
    ).parsed
