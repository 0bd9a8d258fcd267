from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_comment import MessageComment
from ...models.message_comment_write import MessageCommentWrite
from ...types import Response, path_segment


def _get_kwargs(
    conversation_id: str,
    comment_id: str,
    *,
    body: MessageCommentWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/channel-service/v1/conversations/{conversation_id}/comments/{comment_id}".format(
            conversation_id=path_segment("conversation_id", conversation_id),
            comment_id=path_segment("comment_id", comment_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MessageComment:
    if response.status_code == 200:
        response_200 = MessageComment.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MessageComment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageCommentWrite,
) -> Response[Error | MessageComment]:
    """Change a comment's content.

    Args:
        conversation_id (str):
        comment_id (str):
        body (MessageCommentWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageComment]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        comment_id=comment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageCommentWrite,
) -> Error | MessageComment | None:
    """Change a comment's content.

    Args:
        conversation_id (str):
        comment_id (str):
        body (MessageCommentWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageComment
    """

    return sync_detailed(
        conversation_id=conversation_id,
        comment_id=comment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageCommentWrite,
) -> Response[Error | MessageComment]:
    """Change a comment's content.

    Args:
        conversation_id (str):
        comment_id (str):
        body (MessageCommentWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageComment]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        comment_id=comment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageCommentWrite,
) -> Error | MessageComment | None:
    """Change a comment's content.

    Args:
        conversation_id (str):
        comment_id (str):
        body (MessageCommentWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageComment
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            comment_id=comment_id,
            client=client,
            body=body,
        )
    ).parsed
