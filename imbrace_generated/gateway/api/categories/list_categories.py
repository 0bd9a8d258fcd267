from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.category_list import CategoryList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    apply_to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["sort"] = sort

    params["apply_to"] = apply_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/categories",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CategoryList | Error:
    if response.status_code == 200:
        response_200 = CategoryList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CategoryList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    apply_to: str | Unset = UNSET,
) -> Response[CategoryList | Error]:
    """The organization's conversation categories (`search` in the name, `apply_to` one target).

    Args:
        search (str | Unset):
        sort (str | Unset):
        apply_to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoryList | Error]
    """

    kwargs = _get_kwargs(
        search=search,
        sort=sort,
        apply_to=apply_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    apply_to: str | Unset = UNSET,
) -> CategoryList | Error | None:
    """The organization's conversation categories (`search` in the name, `apply_to` one target).

    Args:
        search (str | Unset):
        sort (str | Unset):
        apply_to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoryList | Error
    """

    return sync_detailed(
        client=client,
        search=search,
        sort=sort,
        apply_to=apply_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    apply_to: str | Unset = UNSET,
) -> Response[CategoryList | Error]:
    """The organization's conversation categories (`search` in the name, `apply_to` one target).

    Args:
        search (str | Unset):
        sort (str | Unset):
        apply_to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoryList | Error]
    """

    kwargs = _get_kwargs(
        search=search,
        sort=sort,
        apply_to=apply_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    apply_to: str | Unset = UNSET,
) -> CategoryList | Error | None:
    """The organization's conversation categories (`search` in the name, `apply_to` one target).

    Args:
        search (str | Unset):
        sort (str | Unset):
        apply_to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoryList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            sort=sort,
            apply_to=apply_to,
        )
    ).parsed
