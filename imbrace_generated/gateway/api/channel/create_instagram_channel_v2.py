from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.channel_envelope import ChannelEnvelope
from ...models.channel_typed_create import ChannelTypedCreate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ChannelTypedCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel-service/v1/channels/_instagramV2",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChannelEnvelope | Error:
    if response.status_code == 200:
        response_200 = ChannelEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ChannelEnvelope.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChannelEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChannelTypedCreate,
) -> Response[ChannelEnvelope | Error]:
    """Create an Instagram channel through the newer (V2) onboarding route.

    Args:
        body (ChannelTypedCreate): spec:channel.json's per-type creation body `{name*, config}`;
            other fields are kept on the channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelEnvelope | Error]
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
    body: ChannelTypedCreate,
) -> ChannelEnvelope | Error | None:
    """Create an Instagram channel through the newer (V2) onboarding route.

    Args:
        body (ChannelTypedCreate): spec:channel.json's per-type creation body `{name*, config}`;
            other fields are kept on the channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelEnvelope | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChannelTypedCreate,
) -> Response[ChannelEnvelope | Error]:
    """Create an Instagram channel through the newer (V2) onboarding route.

    Args:
        body (ChannelTypedCreate): spec:channel.json's per-type creation body `{name*, config}`;
            other fields are kept on the channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelEnvelope | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChannelTypedCreate,
) -> ChannelEnvelope | Error | None:
    """Create an Instagram channel through the newer (V2) onboarding route.

    Args:
        body (ChannelTypedCreate): spec:channel.json's per-type creation body `{name*, config}`;
            other fields are kept on the channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelEnvelope | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
