from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.folder import Folder
from ...models.folder_list_envelope import FolderListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    organization_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params["q"] = q

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-board/folders/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FolderListEnvelope | list[Folder]:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FolderListEnvelope | list[Folder]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_folder_list_reply_type_0 = FolderListEnvelope.from_dict(data)

                return componentsschemas_folder_list_reply_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_folder_list_reply_type_1 = []
            _componentsschemas_folder_list_reply_type_1 = data
            for componentsschemas_folder_list_reply_type_1_item_data in _componentsschemas_folder_list_reply_type_1:
                componentsschemas_folder_list_reply_type_1_item = Folder.from_dict(
                    componentsschemas_folder_list_reply_type_1_item_data
                )

                componentsschemas_folder_list_reply_type_1.append(componentsschemas_folder_list_reply_type_1_item)

            return componentsschemas_folder_list_reply_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | FolderListEnvelope | list[Folder]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | FolderListEnvelope | list[Folder]]:
    """Search folders by organization and name.

    Args:
        organization_id (str | Unset):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FolderListEnvelope | list[Folder]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        q=q,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | FolderListEnvelope | list[Folder] | None:
    """Search folders by organization and name.

    Args:
        organization_id (str | Unset):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FolderListEnvelope | list[Folder]
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
        q=q,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | FolderListEnvelope | list[Folder]]:
    """Search folders by organization and name.

    Args:
        organization_id (str | Unset):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FolderListEnvelope | list[Folder]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        q=q,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | FolderListEnvelope | list[Folder] | None:
    """Search folders by organization and name.

    Args:
        organization_id (str | Unset):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FolderListEnvelope | list[Folder]
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
            q=q,
            limit=limit,
        )
    ).parsed
