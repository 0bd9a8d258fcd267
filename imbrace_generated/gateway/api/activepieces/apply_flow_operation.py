from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.flow import Flow
from ...models.flow_operation import FlowOperation
from ...types import Response, path_segment


def _get_kwargs(
    flow_id: str,
    *,
    body: FlowOperation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activepieces/v1/flows/{flow_id}".format(
            flow_id=path_segment("flow_id", flow_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Flow:
    if response.status_code == 200:
        response_200 = Flow.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Flow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FlowOperation,
) -> Response[Error | Flow]:
    """Apply one operation (UPDATE_TRIGGER, ADD_ACTION, LOCK_AND_PUBLISH, ...) to a flow.

    Args:
        flow_id (str):
        body (FlowOperation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Flow]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    flow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FlowOperation,
) -> Error | Flow | None:
    """Apply one operation (UPDATE_TRIGGER, ADD_ACTION, LOCK_AND_PUBLISH, ...) to a flow.

    Args:
        flow_id (str):
        body (FlowOperation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Flow
    """

    return sync_detailed(
        flow_id=flow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FlowOperation,
) -> Response[Error | Flow]:
    """Apply one operation (UPDATE_TRIGGER, ADD_ACTION, LOCK_AND_PUBLISH, ...) to a flow.

    Args:
        flow_id (str):
        body (FlowOperation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Flow]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    flow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FlowOperation,
) -> Error | Flow | None:
    """Apply one operation (UPDATE_TRIGGER, ADD_ACTION, LOCK_AND_PUBLISH, ...) to a flow.

    Args:
        flow_id (str):
        body (FlowOperation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Flow
    """

    return (
        await asyncio_detailed(
            flow_id=flow_id,
            client=client,
            body=body,
        )
    ).parsed
