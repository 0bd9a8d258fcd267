from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.board_item_envelope import BoardItemEnvelope
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    board_id: str,
    item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/data-board/boards/{board_id}/items/{item_id}".format(
            board_id=path_segment("board_id", board_id),
            item_id=path_segment("item_id", item_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BoardItemEnvelope | Error:
    if response.status_code == 200:
        response_200 = BoardItemEnvelope.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BoardItemEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    board_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BoardItemEnvelope | Error]:
    """Delete an item; the reply is the deleted item.

    Args:
        board_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardItemEnvelope | Error]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        item_id=item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    board_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BoardItemEnvelope | Error | None:
    """Delete an item; the reply is the deleted item.

    Args:
        board_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardItemEnvelope | Error
    """

    return sync_detailed(
        board_id=board_id,
        item_id=item_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    board_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BoardItemEnvelope | Error]:
    """Delete an item; the reply is the deleted item.

    Args:
        board_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardItemEnvelope | Error]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        item_id=item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    board_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BoardItemEnvelope | Error | None:
    """Delete an item; the reply is the deleted item.

    Args:
        board_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardItemEnvelope | Error
    """

    return (
        await asyncio_detailed(
            board_id=board_id,
            item_id=item_id,
            client=client,
        )
    ).parsed
