from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_comment_reply import ContactCommentReply
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    contact_id: str,
    comment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/channel-service/v1/contacts/{contact_id}/comment/{comment_id}".format(
            contact_id=path_segment("contact_id", contact_id),
            comment_id=path_segment("comment_id", comment_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactCommentReply | Error:
    if response.status_code == 200:
        response_200 = ContactCommentReply.from_dict(response.json())

        return response_200

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
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactCommentReply | Error]:
    """Delete a comment on the contact (answers the deleted comment).

    Args:
        contact_id (str):
        comment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommentReply | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        comment_id=comment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactCommentReply | Error | None:
    """Delete a comment on the contact (answers the deleted comment).

    Args:
        contact_id (str):
        comment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommentReply | Error
    """

    return sync_detailed(
        contact_id=contact_id,
        comment_id=comment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactCommentReply | Error]:
    """Delete a comment on the contact (answers the deleted comment).

    Args:
        contact_id (str):
        comment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommentReply | Error]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        comment_id=comment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactCommentReply | Error | None:
    """Delete a comment on the contact (answers the deleted comment).

    Args:
        contact_id (str):
        comment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommentReply | Error
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            comment_id=comment_id,
            client=client,
        )
    ).parsed
