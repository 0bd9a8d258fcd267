from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_notification_ids import ContactNotificationIds
from ...models.contact_notification_result import ContactNotificationResult
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactNotificationIds | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/channel-service/v1/notifications/read",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactNotificationResult | Error:
    if response.status_code == 200:
        response_200 = ContactNotificationResult.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactNotificationResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactNotificationIds | Unset = UNSET,
) -> Response[ContactNotificationResult | Error]:
    """Mark the given notifications read (`ids`, as the TypeScript docs pass them), or all of them.

    Args:
        body (ContactNotificationIds | Unset): spec:channel.json#markNotificationsRead's body;
            without `ids`, every notification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactNotificationResult | Error]
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
    body: ContactNotificationIds | Unset = UNSET,
) -> ContactNotificationResult | Error | None:
    """Mark the given notifications read (`ids`, as the TypeScript docs pass them), or all of them.

    Args:
        body (ContactNotificationIds | Unset): spec:channel.json#markNotificationsRead's body;
            without `ids`, every notification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactNotificationResult | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactNotificationIds | Unset = UNSET,
) -> Response[ContactNotificationResult | Error]:
    """Mark the given notifications read (`ids`, as the TypeScript docs pass them), or all of them.

    Args:
        body (ContactNotificationIds | Unset): spec:channel.json#markNotificationsRead's body;
            without `ids`, every notification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactNotificationResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactNotificationIds | Unset = UNSET,
) -> ContactNotificationResult | Error | None:
    """Mark the given notifications read (`ids`, as the TypeScript docs pass them), or all of them.

    Args:
        body (ContactNotificationIds | Unset): spec:channel.json#markNotificationsRead's body;
            without `ids`, every notification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactNotificationResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
