from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.channel_workflow_link_envelope import ChannelWorkflowLinkEnvelope
from ...models.channel_workflow_link_write import ChannelWorkflowLinkWrite
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    workflow_id: str,
    *,
    body: ChannelWorkflowLinkWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/channel-service/v1/channels/workflows/{workflow_id}".format(
            workflow_id=path_segment("workflow_id", workflow_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChannelWorkflowLinkEnvelope | Error:
    if response.status_code == 200:
        response_200 = ChannelWorkflowLinkEnvelope.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChannelWorkflowLinkEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChannelWorkflowLinkWrite,
) -> Response[ChannelWorkflowLinkEnvelope | Error]:
    """Attach a workflow to a channel (or change the link); the channel's `workflow_id` becomes it.

    Args:
        workflow_id (str):
        body (ChannelWorkflowLinkWrite): The channel a workflow is attached to (guess).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelWorkflowLinkEnvelope | Error]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChannelWorkflowLinkWrite,
) -> ChannelWorkflowLinkEnvelope | Error | None:
    """Attach a workflow to a channel (or change the link); the channel's `workflow_id` becomes it.

    Args:
        workflow_id (str):
        body (ChannelWorkflowLinkWrite): The channel a workflow is attached to (guess).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelWorkflowLinkEnvelope | Error
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChannelWorkflowLinkWrite,
) -> Response[ChannelWorkflowLinkEnvelope | Error]:
    """Attach a workflow to a channel (or change the link); the channel's `workflow_id` becomes it.

    Args:
        workflow_id (str):
        body (ChannelWorkflowLinkWrite): The channel a workflow is attached to (guess).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelWorkflowLinkEnvelope | Error]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChannelWorkflowLinkWrite,
) -> ChannelWorkflowLinkEnvelope | Error | None:
    """Attach a workflow to a channel (or change the link); the channel's `workflow_id` becomes it.

    Args:
        workflow_id (str):
        body (ChannelWorkflowLinkWrite): The channel a workflow is attached to (guess).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelWorkflowLinkEnvelope | Error
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
