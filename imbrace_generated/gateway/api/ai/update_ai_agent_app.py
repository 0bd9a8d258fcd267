from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.agent import Agent
from ...models.agent_replace import AgentReplace
from ...models.error import Error
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: str,
    *,
    body: AgentReplace,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/ai/assistant_apps/{id}".format(
            id=path_segment("id", id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Agent | Error:
    if response.status_code == 200:
        response_200 = Agent.from_dict(response.json())

        return response_200

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentReplace,
    if_match: str | Unset = UNSET,
) -> Response[Agent | Error]:
    """Replace the whole agent; omitted fields fall back to their defaults.

     The route takes a partial body too, and then resets every omitted field. The SDK never sends one:
    it reads the agent, merges the caller's fields and sends the result with `If-Match: <updated_at>`,
    so a concurrent edit gets 412 instead of being lost.

    Args:
        id (str):
        if_match (str | Unset):
        body (AgentReplace): The PUT `/assistant_apps/{id}` body: the fields of `AgentWrite`, none
            required. The server replaces
            the whole agent with it, so an omitted field falls back to its default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agent | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentReplace,
    if_match: str | Unset = UNSET,
) -> Agent | Error | None:
    """Replace the whole agent; omitted fields fall back to their defaults.

     The route takes a partial body too, and then resets every omitted field. The SDK never sends one:
    it reads the agent, merges the caller's fields and sends the result with `If-Match: <updated_at>`,
    so a concurrent edit gets 412 instead of being lost.

    Args:
        id (str):
        if_match (str | Unset):
        body (AgentReplace): The PUT `/assistant_apps/{id}` body: the fields of `AgentWrite`, none
            required. The server replaces
            the whole agent with it, so an omitted field falls back to its default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agent | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentReplace,
    if_match: str | Unset = UNSET,
) -> Response[Agent | Error]:
    """Replace the whole agent; omitted fields fall back to their defaults.

     The route takes a partial body too, and then resets every omitted field. The SDK never sends one:
    it reads the agent, merges the caller's fields and sends the result with `If-Match: <updated_at>`,
    so a concurrent edit gets 412 instead of being lost.

    Args:
        id (str):
        if_match (str | Unset):
        body (AgentReplace): The PUT `/assistant_apps/{id}` body: the fields of `AgentWrite`, none
            required. The server replaces
            the whole agent with it, so an omitted field falls back to its default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agent | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentReplace,
    if_match: str | Unset = UNSET,
) -> Agent | Error | None:
    """Replace the whole agent; omitted fields fall back to their defaults.

     The route takes a partial body too, and then resets every omitted field. The SDK never sends one:
    it reads the agent, merges the caller's fields and sends the result with `If-Match: <updated_at>`,
    so a concurrent edit gets 412 instead of being lost.

    Args:
        id (str):
        if_match (str | Unset):
        body (AgentReplace): The PUT `/assistant_apps/{id}` body: the fields of `AgentWrite`, none
            required. The server replaces
            the whole agent with it, so an omitted field falls back to its default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agent | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
