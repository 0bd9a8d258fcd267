from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_key_envelope import ApiKeyEnvelope
from ...models.error import Error
from ...models.third_party_token_request import ThirdPartyTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ThirdPartyTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/private/backend/v1/third_party_token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiKeyEnvelope | Error:
    if response.status_code == 200:
        response_200 = ApiKeyEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ApiKeyEnvelope.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKeyEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ThirdPartyTokenRequest,
) -> Response[ApiKeyEnvelope | Error]:
    """Mint an API key for the signed-in user (needs an access token).

    Args:
        body (ThirdPartyTokenRequest): `expirationDays` (docs guides/api-key.md); `name`,
            `neverExpire`, `permissions` (incumbent api_keys.create).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyEnvelope | Error]
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
    body: ThirdPartyTokenRequest,
) -> ApiKeyEnvelope | Error | None:
    """Mint an API key for the signed-in user (needs an access token).

    Args:
        body (ThirdPartyTokenRequest): `expirationDays` (docs guides/api-key.md); `name`,
            `neverExpire`, `permissions` (incumbent api_keys.create).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyEnvelope | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ThirdPartyTokenRequest,
) -> Response[ApiKeyEnvelope | Error]:
    """Mint an API key for the signed-in user (needs an access token).

    Args:
        body (ThirdPartyTokenRequest): `expirationDays` (docs guides/api-key.md); `name`,
            `neverExpire`, `permissions` (incumbent api_keys.create).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyEnvelope | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ThirdPartyTokenRequest,
) -> ApiKeyEnvelope | Error | None:
    """Mint an API key for the signed-in user (needs an access token).

    Args:
        body (ThirdPartyTokenRequest): `expirationDays` (docs guides/api-key.md); `name`,
            `neverExpire`, `permissions` (incumbent api_keys.create).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyEnvelope | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
