from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.channel_envelope import ChannelEnvelope
from ...models.channel_update import ChannelUpdate
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    channel_id: str,
    *,
    body: ChannelUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/channel-service/v1/channels/{channel_id}".format(
            channel_id=path_segment("channel_id", channel_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChannelEnvelope | Error:
    if response.status_code == 200:
        response_200 = ChannelEnvelope.from_dict(response.json())

        return response_200

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
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChannelUpdate,
) -> Response[ChannelEnvelope | Error]:
    """Change a channel (the given fields only; `active` is the docs' name of `is_active`, `config` is
    merged).

    Args:
        channel_id (str):
        body (ChannelUpdate): spec:channel.json#updateChannel's `{name, config, active}`;
            `is_active` (the schema's name) is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelEnvelope | Error]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChannelUpdate,
) -> ChannelEnvelope | Error | None:
    """Change a channel (the given fields only; `active` is the docs' name of `is_active`, `config` is
    merged).

    Args:
        channel_id (str):
        body (ChannelUpdate): spec:channel.json#updateChannel's `{name, config, active}`;
            `is_active` (the schema's name) is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelEnvelope | Error
    """

    return sync_detailed(
        channel_id=channel_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChannelUpdate,
) -> Response[ChannelEnvelope | Error]:
    """Change a channel (the given fields only; `active` is the docs' name of `is_active`, `config` is
    merged).

    Args:
        channel_id (str):
        body (ChannelUpdate): spec:channel.json#updateChannel's `{name, config, active}`;
            `is_active` (the schema's name) is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelEnvelope | Error]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChannelUpdate,
) -> ChannelEnvelope | Error | None:
    """Change a channel (the given fields only; `active` is the docs' name of `is_active`, `config` is
    merged).

    Args:
        channel_id (str):
        body (ChannelUpdate): spec:channel.json#updateChannel's `{name, config, active}`;
            `is_active` (the schema's name) is accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelEnvelope | Error
    """

    return (
        await asyncio_detailed(
            channel_id=channel_id,
            client=client,
            body=body,
        )
    ).parsed
