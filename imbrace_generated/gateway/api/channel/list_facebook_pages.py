from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.channel_facebook_page import ChannelFacebookPage
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    credential_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/channels/_facebook/credential/{credential_id}".format(
            credential_id=path_segment("credential_id", credential_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ChannelFacebookPage]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChannelFacebookPage.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[ChannelFacebookPage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    credential_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[ChannelFacebookPage]]:
    """The Facebook pages a stored Facebook credential can connect (each page's `_id` goes into
    `create_facebook`).

    Args:
        credential_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ChannelFacebookPage]]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    credential_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[ChannelFacebookPage] | None:
    """The Facebook pages a stored Facebook credential can connect (each page's `_id` goes into
    `create_facebook`).

    Args:
        credential_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ChannelFacebookPage]
    """

    return sync_detailed(
        credential_id=credential_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    credential_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[ChannelFacebookPage]]:
    """The Facebook pages a stored Facebook credential can connect (each page's `_id` goes into
    `create_facebook`).

    Args:
        credential_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ChannelFacebookPage]]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    credential_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[ChannelFacebookPage] | None:
    """The Facebook pages a stored Facebook credential can connect (each page's `_id` goes into
    `create_facebook`).

    Args:
        credential_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ChannelFacebookPage]
    """

    return (
        await asyncio_detailed(
            credential_id=credential_id,
            client=client,
        )
    ).parsed
