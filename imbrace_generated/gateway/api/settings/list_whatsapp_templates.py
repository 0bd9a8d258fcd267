from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.whatsapp_template_list import WhatsappTemplateList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    channel_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channel_id"] = channel_id

    params["status"] = status

    params["language"] = language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/whatsapp_templates",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | WhatsappTemplateList:
    if response.status_code == 200:
        response_200 = WhatsappTemplateList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WhatsappTemplateList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    channel_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> Response[Error | WhatsappTemplateList]:
    """The organization's approved WhatsApp (HSM) templates, optionally of one channel, status or language.

    Args:
        channel_id (str | Unset):
        status (str | Unset):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WhatsappTemplateList]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        status=status,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    channel_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> Error | WhatsappTemplateList | None:
    """The organization's approved WhatsApp (HSM) templates, optionally of one channel, status or language.

    Args:
        channel_id (str | Unset):
        status (str | Unset):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WhatsappTemplateList
    """

    return sync_detailed(
        client=client,
        channel_id=channel_id,
        status=status,
        language=language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    channel_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> Response[Error | WhatsappTemplateList]:
    """The organization's approved WhatsApp (HSM) templates, optionally of one channel, status or language.

    Args:
        channel_id (str | Unset):
        status (str | Unset):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WhatsappTemplateList]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        status=status,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    channel_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> Error | WhatsappTemplateList | None:
    """The organization's approved WhatsApp (HSM) templates, optionally of one channel, status or language.

    Args:
        channel_id (str | Unset):
        status (str | Unset):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WhatsappTemplateList
    """

    return (
        await asyncio_detailed(
            client=client,
            channel_id=channel_id,
            status=status,
            language=language,
        )
    ).parsed
