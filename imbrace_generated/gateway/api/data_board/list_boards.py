from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.board import Board
from ...models.board_list_envelope import BoardListEnvelope
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    skip: int | Unset = 0,
    search: str | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    category_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params["search"] = search

    params["hidden"] = hidden

    params["category_id"] = category_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-board/boards",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BoardListEnvelope | list[Board] | Error:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BoardListEnvelope | list[Board]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_board_list_reply_type_0 = BoardListEnvelope.from_dict(data)

                return componentsschemas_board_list_reply_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_board_list_reply_type_1 = []
            _componentsschemas_board_list_reply_type_1 = data
            for componentsschemas_board_list_reply_type_1_item_data in _componentsschemas_board_list_reply_type_1:
                componentsschemas_board_list_reply_type_1_item = Board.from_dict(
                    componentsschemas_board_list_reply_type_1_item_data
                )

                componentsschemas_board_list_reply_type_1.append(componentsschemas_board_list_reply_type_1_item)

            return componentsschemas_board_list_reply_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BoardListEnvelope | list[Board] | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = 0,
    search: str | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    category_id: str | Unset = UNSET,
) -> Response[BoardListEnvelope | list[Board] | Error]:
    """Boards of the organization, a page at a time.

    Args:
        limit (int | Unset):  Default: 20.
        skip (int | Unset):  Default: 0.
        search (str | Unset):
        hidden (bool | Unset):
        category_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardListEnvelope | list[Board] | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        search=search,
        hidden=hidden,
        category_id=category_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = 0,
    search: str | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    category_id: str | Unset = UNSET,
) -> BoardListEnvelope | list[Board] | Error | None:
    """Boards of the organization, a page at a time.

    Args:
        limit (int | Unset):  Default: 20.
        skip (int | Unset):  Default: 0.
        search (str | Unset):
        hidden (bool | Unset):
        category_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardListEnvelope | list[Board] | Error
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
        search=search,
        hidden=hidden,
        category_id=category_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = 0,
    search: str | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    category_id: str | Unset = UNSET,
) -> Response[BoardListEnvelope | list[Board] | Error]:
    """Boards of the organization, a page at a time.

    Args:
        limit (int | Unset):  Default: 20.
        skip (int | Unset):  Default: 0.
        search (str | Unset):
        hidden (bool | Unset):
        category_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardListEnvelope | list[Board] | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        search=search,
        hidden=hidden,
        category_id=category_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = 0,
    search: str | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    category_id: str | Unset = UNSET,
) -> BoardListEnvelope | list[Board] | Error | None:
    """Boards of the organization, a page at a time.

    Args:
        limit (int | Unset):  Default: 20.
        skip (int | Unset):  Default: 0.
        search (str | Unset):
        hidden (bool | Unset):
        category_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardListEnvelope | list[Board] | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
            search=search,
            hidden=hidden,
            category_id=category_id,
        )
    ).parsed
