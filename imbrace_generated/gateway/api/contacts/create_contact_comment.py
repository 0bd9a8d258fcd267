from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_comment_reply import ContactCommentReply
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    contact_id: str,
    *,
    body: Any,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel-service/v1/contacts/{contact_id}/comments".format(
            contact_id=path_segment("contact_id", contact_id),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactCommentReply | Error:
    if response.status_code == 200:
        response_200 = ContactCommentReply.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ContactCommentReply.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactCommentReply | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[ContactCommentReply | Error]:
    """Add an internal comment to the contact (`content`, or the docs' ContactComment `text`).

    Args:
        contact_id (str):
        body (Any): The comment's text: `content` (spec:channel.json#createContactComment) or
            `text` (the docs' ContactComment).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommentReply | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> ContactCommentReply | Error | None:
    """Add an internal comment to the contact (`content`, or the docs' ContactComment `text`).

    Args:
        contact_id (str):
        body (Any): The comment's text: `content` (spec:channel.json#createContactComment) or
            `text` (the docs' ContactComment).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommentReply | Error
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[ContactCommentReply | Error]:
    """Add an internal comment to the contact (`content`, or the docs' ContactComment `text`).

    Args:
        contact_id (str):
        body (Any): The comment's text: `content` (spec:channel.json#createContactComment) or
            `text` (the docs' ContactComment).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommentReply | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> ContactCommentReply | Error | None:
    """Add an internal comment to the contact (`content`, or the docs' ContactComment `text`).

    Args:
        contact_id (str):
        body (Any): The comment's text: `content` (spec:channel.json#createContactComment) or
            `text` (the docs' ContactComment).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommentReply | Error
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            body=body,
        )
    ).parsed
