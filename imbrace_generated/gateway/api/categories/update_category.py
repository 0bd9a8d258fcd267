from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.category import Category
from ...models.category_update import CategoryUpdate
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    category_id: str,
    *,
    body: CategoryUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/platform/categories/{category_id}".format(
            category_id=path_segment("category_id", category_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Category | Error:
    if response.status_code == 200:
        response_200 = Category.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Category | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    category_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CategoryUpdate,
) -> Response[Category | Error]:
    """Change a category (the given fields only).

    Args:
        category_id (str):
        body (CategoryUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Category | Error]
    """

    kwargs = _get_kwargs(
        category_id=category_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    category_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CategoryUpdate,
) -> Category | Error | None:
    """Change a category (the given fields only).

    Args:
        category_id (str):
        body (CategoryUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Category | Error
    """

    return sync_detailed(
        category_id=category_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    category_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CategoryUpdate,
) -> Response[Category | Error]:
    """Change a category (the given fields only).

    Args:
        category_id (str):
        body (CategoryUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Category | Error]
    """

    kwargs = _get_kwargs(
        category_id=category_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    category_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CategoryUpdate,
) -> Category | Error | None:
    """Change a category (the given fields only).

    Args:
        category_id (str):
        body (CategoryUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Category | Error
    """

    return (
        await asyncio_detailed(
            category_id=category_id,
            client=client,
            body=body,
        )
    ).parsed
