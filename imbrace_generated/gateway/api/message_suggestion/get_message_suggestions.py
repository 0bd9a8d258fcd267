from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_suggestion_result import MessageSuggestionResult
from ...types import Response


def _get_kwargs(
    *,
    body: Any,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ai-agent/suggestions",
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MessageSuggestionResult:
    if response.status_code == 200:
        response_200 = MessageSuggestionResult.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MessageSuggestionResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[Error | MessageSuggestionResult]:
    """Follow-up reply suggestions for a thread: a chat `thread_id` (the incumbent's form) or a `message`
    and/or `conversation_id` (the docs'), at most `limit` of them.

    Args:
        body (Any): The incumbent's body (`thread_id`, with optional `assistant_id`,
            `provider_id`, `model_id`, `custom_instructions`) or docs:sdk/resources.md's (`message`,
            `conversation_id`, `limit`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageSuggestionResult]
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
    body: Any,
) -> Error | MessageSuggestionResult | None:
    """Follow-up reply suggestions for a thread: a chat `thread_id` (the incumbent's form) or a `message`
    and/or `conversation_id` (the docs'), at most `limit` of them.

    Args:
        body (Any): The incumbent's body (`thread_id`, with optional `assistant_id`,
            `provider_id`, `model_id`, `custom_instructions`) or docs:sdk/resources.md's (`message`,
            `conversation_id`, `limit`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageSuggestionResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[Error | MessageSuggestionResult]:
    """Follow-up reply suggestions for a thread: a chat `thread_id` (the incumbent's form) or a `message`
    and/or `conversation_id` (the docs'), at most `limit` of them.

    Args:
        body (Any): The incumbent's body (`thread_id`, with optional `assistant_id`,
            `provider_id`, `model_id`, `custom_instructions`) or docs:sdk/resources.md's (`message`,
            `conversation_id`, `limit`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageSuggestionResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Error | MessageSuggestionResult | None:
    """Follow-up reply suggestions for a thread: a chat `thread_id` (the incumbent's form) or a `message`
    and/or `conversation_id` (the docs'), at most `limit` of them.

    Args:
        body (Any): The incumbent's body (`thread_id`, with optional `assistant_id`,
            `provider_id`, `model_id`, `custom_instructions`) or docs:sdk/resources.md's (`message`,
            `conversation_id`, `limit`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageSuggestionResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
