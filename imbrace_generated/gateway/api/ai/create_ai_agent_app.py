from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.agent import Agent
from ...models.agent_write import AgentWrite
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AgentWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/ai/assistant_apps",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Agent | Error:
    if response.status_code == 201:
        response_201 = Agent.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Agent | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentWrite,
) -> Response[Agent | Error]:
    """Create an agent (also `chat_ai.create_ai_agent` and `chat_ai.create_assistant`).

     `workflow_name` is unique per organization: a duplicate gets 409.

    Args:
        body (AgentWrite): The whole agent as written by POST and PUT `/assistant_apps`. The SDK
            fills the model defaults
            on create and merges the stored agent into partial updates before it sends this.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agent | Error]
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
    body: AgentWrite,
) -> Agent | Error | None:
    """Create an agent (also `chat_ai.create_ai_agent` and `chat_ai.create_assistant`).

     `workflow_name` is unique per organization: a duplicate gets 409.

    Args:
        body (AgentWrite): The whole agent as written by POST and PUT `/assistant_apps`. The SDK
            fills the model defaults
            on create and merges the stored agent into partial updates before it sends this.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agent | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentWrite,
) -> Response[Agent | Error]:
    """Create an agent (also `chat_ai.create_ai_agent` and `chat_ai.create_assistant`).

     `workflow_name` is unique per organization: a duplicate gets 409.

    Args:
        body (AgentWrite): The whole agent as written by POST and PUT `/assistant_apps`. The SDK
            fills the model defaults
            on create and merges the stored agent into partial updates before it sends this.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agent | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AgentWrite,
) -> Agent | Error | None:
    """Create an agent (also `chat_ai.create_ai_agent` and `chat_ai.create_assistant`).

     `workflow_name` is unique per organization: a duplicate gets 409.

    Args:
        body (AgentWrite): The whole agent as written by POST and PUT `/assistant_apps`. The SDK
            fills the model defaults
            on create and merges the stored agent into partial updates before it sends this.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agent | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
