from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.knowledge_file import KnowledgeFile
from ...models.knowledge_file_list_envelope import KnowledgeFileListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    folder_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder_id"] = folder_id

    params["q"] = q

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-board/files/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KnowledgeFileListEnvelope | list[KnowledgeFile]:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> KnowledgeFileListEnvelope | list[KnowledgeFile]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_knowledge_file_list_reply_type_0 = KnowledgeFileListEnvelope.from_dict(data)

                return componentsschemas_knowledge_file_list_reply_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_knowledge_file_list_reply_type_1 = []
            _componentsschemas_knowledge_file_list_reply_type_1 = data
            for (
                componentsschemas_knowledge_file_list_reply_type_1_item_data
            ) in _componentsschemas_knowledge_file_list_reply_type_1:
                componentsschemas_knowledge_file_list_reply_type_1_item = KnowledgeFile.from_dict(
                    componentsschemas_knowledge_file_list_reply_type_1_item_data
                )

                componentsschemas_knowledge_file_list_reply_type_1.append(
                    componentsschemas_knowledge_file_list_reply_type_1_item
                )

            return componentsschemas_knowledge_file_list_reply_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | KnowledgeFileListEnvelope | list[KnowledgeFile]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | KnowledgeFileListEnvelope | list[KnowledgeFile]]:
    """Files of a folder (an empty list for a folder that no longer exists).

    Args:
        folder_id (str | Unset):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KnowledgeFileListEnvelope | list[KnowledgeFile]]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
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
    folder_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | KnowledgeFileListEnvelope | list[KnowledgeFile] | None:
    """Files of a folder (an empty list for a folder that no longer exists).

    Args:
        folder_id (str | Unset):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KnowledgeFileListEnvelope | list[KnowledgeFile]
    """

    return sync_detailed(
        client=client,
        folder_id=folder_id,
        q=q,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | KnowledgeFileListEnvelope | list[KnowledgeFile]]:
    """Files of a folder (an empty list for a folder that no longer exists).

    Args:
        folder_id (str | Unset):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KnowledgeFileListEnvelope | list[KnowledgeFile]]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        q=q,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | KnowledgeFileListEnvelope | list[KnowledgeFile] | None:
    """Files of a folder (an empty list for a folder that no longer exists).

    Args:
        folder_id (str | Unset):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KnowledgeFileListEnvelope | list[KnowledgeFile]
    """

    return (
        await asyncio_detailed(
            client=client,
            folder_id=folder_id,
            q=q,
            limit=limit,
        )
    ).parsed
