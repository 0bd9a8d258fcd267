from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.folder_contents_envelope import FolderContentsEnvelope
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    folder_id: str,
    *,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    recursive: bool | Unset = UNSET,
    q: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params["sortBy"] = sort_by

    params["sortOrder"] = sort_order

    params["recursive"] = recursive

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-board/folders/{folder_id}/contents".format(
            folder_id=path_segment("folder_id", folder_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FolderContentsEnvelope:
    if response.status_code == 200:
        response_200 = FolderContentsEnvelope.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | FolderContentsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    recursive: bool | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[Error | FolderContentsEnvelope]:
    """A folder with its files and sub-folders.

    Args:
        folder_id (str):
        skip (int | Unset):
        limit (int | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):
        recursive (bool | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FolderContentsEnvelope]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        skip=skip,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        recursive=recursive,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    recursive: bool | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Error | FolderContentsEnvelope | None:
    """A folder with its files and sub-folders.

    Args:
        folder_id (str):
        skip (int | Unset):
        limit (int | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):
        recursive (bool | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FolderContentsEnvelope
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        skip=skip,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        recursive=recursive,
        q=q,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    recursive: bool | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[Error | FolderContentsEnvelope]:
    """A folder with its files and sub-folders.

    Args:
        folder_id (str):
        skip (int | Unset):
        limit (int | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):
        recursive (bool | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FolderContentsEnvelope]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        skip=skip,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        recursive=recursive,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    recursive: bool | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Error | FolderContentsEnvelope | None:
    """A folder with its files and sub-folders.

    Args:
        folder_id (str):
        skip (int | Unset):
        limit (int | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):
        recursive (bool | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FolderContentsEnvelope
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            skip=skip,
            limit=limit,
            sort_by=sort_by,
            sort_order=sort_order,
            recursive=recursive,
            q=q,
        )
    ).parsed
