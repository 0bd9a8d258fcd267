from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.trigger_flow_sync_body import TriggerFlowSyncBody
from ...types import Response, path_segment


def _get_kwargs(
    flow_id: str,
    *,
    body: TriggerFlowSyncBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activepieces/v1/webhooks/{flow_id}/sync".format(
            flow_id=path_segment("flow_id", flow_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
    body: TriggerFlowSyncBody,
) -> Response[Any | Error]:
    """Trigger a flow and wait for its "Return Response" action.

     The reply is whatever the flow's Return Response action returns, JSON or not. A flow without such an
    action gets no reply: the gateway gives up after its wait (30 s) with 408 (or 504 from the gateway).

    Args:
        flow_id (str):
        body (TriggerFlowSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: TriggerFlowSyncBody,
) -> Any | Error | None:
    """Trigger a flow and wait for its "Return Response" action.

     The reply is whatever the flow's Return Response action returns, JSON or not. A flow without such an
    action gets no reply: the gateway gives up after its wait (30 s) with 408 (or 504 from the gateway).

    Args:
        flow_id (str):
        body (TriggerFlowSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
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
    body: TriggerFlowSyncBody,
) -> Response[Any | Error]:
    """Trigger a flow and wait for its "Return Response" action.

     The reply is whatever the flow's Return Response action returns, JSON or not. A flow without such an
    action gets no reply: the gateway gives up after its wait (30 s) with 408 (or 504 from the gateway).

    Args:
        flow_id (str):
        body (TriggerFlowSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: TriggerFlowSyncBody,
) -> Any | Error | None:
    """Trigger a flow and wait for its "Return Response" action.

     The reply is whatever the flow's Return Response action returns, JSON or not. A flow without such an
    action gets no reply: the gateway gives up after its wait (30 s) with 408 (or 504 from the gateway).

    Args:
        flow_id (str):
        body (TriggerFlowSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            flow_id=flow_id,
            client=client,
            body=body,
        )
    ).parsed
