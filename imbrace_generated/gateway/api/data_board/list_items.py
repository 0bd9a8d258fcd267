from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.board_item import BoardItem
from ...models.board_item_list_envelope import BoardItemListEnvelope
from ...models.error import Error
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    board_id: str,
    *,
    limit: int | Unset = 20,
    skip: int | Unset = 0,
    sort: str | Unset = UNSET,
    include_parent: bool | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params["sort"] = sort

    params["include_parent"] = include_parent

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-board/boards/{board_id}/items".format(
            board_id=path_segment("board_id", board_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BoardItemListEnvelope | list[BoardItem] | Error:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BoardItemListEnvelope | list[BoardItem]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_board_item_list_reply_type_0 = BoardItemListEnvelope.from_dict(data)

                return componentsschemas_board_item_list_reply_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_board_item_list_reply_type_1 = []
            _componentsschemas_board_item_list_reply_type_1 = data
            for (
                componentsschemas_board_item_list_reply_type_1_item_data
            ) in _componentsschemas_board_item_list_reply_type_1:
                componentsschemas_board_item_list_reply_type_1_item = BoardItem.from_dict(
                    componentsschemas_board_item_list_reply_type_1_item_data
                )

                componentsschemas_board_item_list_reply_type_1.append(
                    componentsschemas_board_item_list_reply_type_1_item
                )

            return componentsschemas_board_item_list_reply_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BoardItemListEnvelope | list[BoardItem] | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    board_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = 0,
    sort: str | Unset = UNSET,
    include_parent: bool | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[BoardItemListEnvelope | list[BoardItem] | Error]:
    """Items of a board, a page at a time.

    Args:
        board_id (str):
        limit (int | Unset):  Default: 20.
        skip (int | Unset):  Default: 0.
        sort (str | Unset):
        include_parent (bool | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardItemListEnvelope | list[BoardItem] | Error]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        limit=limit,
        skip=skip,
        sort=sort,
        include_parent=include_parent,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    board_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = 0,
    sort: str | Unset = UNSET,
    include_parent: bool | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> BoardItemListEnvelope | list[BoardItem] | Error | None:
    """Items of a board, a page at a time.

    Args:
        board_id (str):
        limit (int | Unset):  Default: 20.
        skip (int | Unset):  Default: 0.
        sort (str | Unset):
        include_parent (bool | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardItemListEnvelope | list[BoardItem] | Error
    """

    return sync_detailed(
        board_id=board_id,
        client=client,
        limit=limit,
        skip=skip,
        sort=sort,
        include_parent=include_parent,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    board_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = 0,
    sort: str | Unset = UNSET,
    include_parent: bool | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[BoardItemListEnvelope | list[BoardItem] | Error]:
    """Items of a board, a page at a time.

    Args:
        board_id (str):
        limit (int | Unset):  Default: 20.
        skip (int | Unset):  Default: 0.
        sort (str | Unset):
        include_parent (bool | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardItemListEnvelope | list[BoardItem] | Error]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        limit=limit,
        skip=skip,
        sort=sort,
        include_parent=include_parent,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    board_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    skip: int | Unset = 0,
    sort: str | Unset = UNSET,
    include_parent: bool | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> BoardItemListEnvelope | list[BoardItem] | Error | None:
    """Items of a board, a page at a time.

    Args:
        board_id (str):
        limit (int | Unset):  Default: 20.
        skip (int | Unset):  Default: 0.
        sort (str | Unset):
        include_parent (bool | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardItemListEnvelope | list[BoardItem] | Error
    """

    return (
        await asyncio_detailed(
            board_id=board_id,
            client=client,
            limit=limit,
            skip=skip,
            sort=sort,
            include_parent=include_parent,
            filter_=filter_,
        )
    ).parsed
