from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.flow_page import FlowPage
from ...models.list_flows_status import ListFlowsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    status: ListFlowsStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["projectId"] = project_id

    params["folderId"] = folder_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activepieces/v1/flows",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FlowPage:
    if response.status_code == 200:
        response_200 = FlowPage.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FlowPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    status: ListFlowsStatus | Unset = UNSET,
) -> Response[Error | FlowPage]:
    """Flows, a page at a time (cursor in `next`).

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        project_id (str | Unset):
        folder_id (str | Unset):
        status (ListFlowsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FlowPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        project_id=project_id,
        folder_id=folder_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    status: ListFlowsStatus | Unset = UNSET,
) -> Error | FlowPage | None:
    """Flows, a page at a time (cursor in `next`).

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        project_id (str | Unset):
        folder_id (str | Unset):
        status (ListFlowsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FlowPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        project_id=project_id,
        folder_id=folder_id,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    status: ListFlowsStatus | Unset = UNSET,
) -> Response[Error | FlowPage]:
    """Flows, a page at a time (cursor in `next`).

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        project_id (str | Unset):
        folder_id (str | Unset):
        status (ListFlowsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FlowPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        project_id=project_id,
        folder_id=folder_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    status: ListFlowsStatus | Unset = UNSET,
) -> Error | FlowPage | None:
    """Flows, a page at a time (cursor in `next`).

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        project_id (str | Unset):
        folder_id (str | Unset):
        status (ListFlowsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FlowPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            project_id=project_id,
            folder_id=folder_id,
            status=status,
        )
    ).parsed
