from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.folder_envelope import FolderEnvelope
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    folder_id: str,
    *,
    recursive: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recursive"] = recursive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-board/folders/{folder_id}".format(
            folder_id=path_segment("folder_id", folder_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FolderEnvelope:
    if response.status_code == 200:
        response_200 = FolderEnvelope.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | FolderEnvelope]:
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
    recursive: bool | Unset = UNSET,
) -> Response[Error | FolderEnvelope]:
    """One folder.

    Args:
        folder_id (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FolderEnvelope]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        recursive=recursive,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = UNSET,
) -> Error | FolderEnvelope | None:
    """One folder.

    Args:
        folder_id (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FolderEnvelope
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        recursive=recursive,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = UNSET,
) -> Response[Error | FolderEnvelope]:
    """One folder.

    Args:
        folder_id (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FolderEnvelope]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        recursive=recursive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = UNSET,
) -> Error | FolderEnvelope | None:
    """One folder.

    Args:
        folder_id (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FolderEnvelope
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            recursive=recursive,
        )
    ).parsed
