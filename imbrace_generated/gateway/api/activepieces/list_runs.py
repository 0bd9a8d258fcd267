from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.flow_run_page import FlowRunPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    flow_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    status: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["flowId"] = flow_id

    params["limit"] = limit

    params["cursor"] = cursor

    params["status"] = status

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activepieces/v1/flow-runs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FlowRunPage:
    if response.status_code == 200:
        response_200 = FlowRunPage.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FlowRunPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    flow_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    status: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Response[Error | FlowRunPage]:
    """Runs, newest first, a page at a time (cursor in `next`).

    Args:
        flow_id (str | Unset):
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        status (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FlowRunPage]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        limit=limit,
        cursor=cursor,
        status=status,
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    flow_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    status: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Error | FlowRunPage | None:
    """Runs, newest first, a page at a time (cursor in `next`).

    Args:
        flow_id (str | Unset):
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        status (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FlowRunPage
    """

    return sync_detailed(
        client=client,
        flow_id=flow_id,
        limit=limit,
        cursor=cursor,
        status=status,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    flow_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    status: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Response[Error | FlowRunPage]:
    """Runs, newest first, a page at a time (cursor in `next`).

    Args:
        flow_id (str | Unset):
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        status (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FlowRunPage]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        limit=limit,
        cursor=cursor,
        status=status,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    flow_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    status: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Error | FlowRunPage | None:
    """Runs, newest first, a page at a time (cursor in `next`).

    Args:
        flow_id (str | Unset):
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        status (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FlowRunPage
    """

    return (
        await asyncio_detailed(
            client=client,
            flow_id=flow_id,
            limit=limit,
            cursor=cursor,
            status=status,
            project_id=project_id,
        )
    ).parsed
