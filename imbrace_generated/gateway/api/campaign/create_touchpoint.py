from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.touchpoint import Touchpoint
from ...models.touchpoint_write import TouchpointWrite
from ...types import Response


def _get_kwargs(
    *,
    body: TouchpointWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel-service/v1/touchpoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Touchpoint:
    if response.status_code == 200:
        response_200 = Touchpoint.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Touchpoint.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Touchpoint]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TouchpointWrite,
) -> Response[Error | Touchpoint]:
    """Add a touchpoint (to the campaign `campaign_id` when given; 404 when that campaign is missing).

    Args:
        body (TouchpointWrite): Both documented forms: reference `{name, type: "message",
            campaign_id, message: {text}}`, resources `{campaign_id, type: "email", delay_days}`, and
            spec:channel.json's `name, channel_id, initial_phrase, execute_workflow_id, url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Touchpoint]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TouchpointWrite,
) -> Error | Touchpoint | None:
    """Add a touchpoint (to the campaign `campaign_id` when given; 404 when that campaign is missing).

    Args:
        body (TouchpointWrite): Both documented forms: reference `{name, type: "message",
            campaign_id, message: {text}}`, resources `{campaign_id, type: "email", delay_days}`, and
            spec:channel.json's `name, channel_id, initial_phrase, execute_workflow_id, url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Touchpoint
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TouchpointWrite,
) -> Response[Error | Touchpoint]:
    """Add a touchpoint (to the campaign `campaign_id` when given; 404 when that campaign is missing).

    Args:
        body (TouchpointWrite): Both documented forms: reference `{name, type: "message",
            campaign_id, message: {text}}`, resources `{campaign_id, type: "email", delay_days}`, and
            spec:channel.json's `name, channel_id, initial_phrase, execute_workflow_id, url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Touchpoint]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TouchpointWrite,
) -> Error | Touchpoint | None:
    """Add a touchpoint (to the campaign `campaign_id` when given; 404 when that campaign is missing).

    Args:
        body (TouchpointWrite): Both documented forms: reference `{name, type: "message",
            campaign_id, message: {text}}`, resources `{campaign_id, type: "email", delay_days}`, and
            spec:channel.json's `name, channel_id, initial_phrase, execute_workflow_id, url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Touchpoint
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
