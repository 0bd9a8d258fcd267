from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.outbound_envelope import OutboundEnvelope
from ...models.outbound_whatsapp import OutboundWhatsapp
from ...types import Response


def _get_kwargs(
    *,
    body: OutboundWhatsapp,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel-service/v1/outbounds/whatsapp",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OutboundEnvelope:
    if response.status_code == 200:
        response_200 = OutboundEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = OutboundEnvelope.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OutboundEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OutboundWhatsapp,
) -> Response[Error | OutboundEnvelope]:
    """Send a WhatsApp message (a template or a text) to a phone number or a contact.

    Args:
        body (OutboundWhatsapp): A WhatsApp send (guess): a recipient (`to` or `phone_number`, or
            `contact_id`), a template (`template_name`/`template_id` with `language` and
            `components`/`params`) or a `text`, and optionally the WhatsApp `channel_id` (else the
            organization's first WhatsApp channel).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OutboundEnvelope]
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
    body: OutboundWhatsapp,
) -> Error | OutboundEnvelope | None:
    """Send a WhatsApp message (a template or a text) to a phone number or a contact.

    Args:
        body (OutboundWhatsapp): A WhatsApp send (guess): a recipient (`to` or `phone_number`, or
            `contact_id`), a template (`template_name`/`template_id` with `language` and
            `components`/`params`) or a `text`, and optionally the WhatsApp `channel_id` (else the
            organization's first WhatsApp channel).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OutboundEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OutboundWhatsapp,
) -> Response[Error | OutboundEnvelope]:
    """Send a WhatsApp message (a template or a text) to a phone number or a contact.

    Args:
        body (OutboundWhatsapp): A WhatsApp send (guess): a recipient (`to` or `phone_number`, or
            `contact_id`), a template (`template_name`/`template_id` with `language` and
            `components`/`params`) or a `text`, and optionally the WhatsApp `channel_id` (else the
            organization's first WhatsApp channel).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OutboundEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OutboundWhatsapp,
) -> Error | OutboundEnvelope | None:
    """Send a WhatsApp message (a template or a text) to a phone number or a contact.

    Args:
        body (OutboundWhatsapp): A WhatsApp send (guess): a recipient (`to` or `phone_number`, or
            `contact_id`), a template (`template_name`/`template_id` with `language` and
            `components`/`params`) or a `text`, and optionally the WhatsApp `channel_id` (else the
            organization's first WhatsApp channel).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OutboundEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
