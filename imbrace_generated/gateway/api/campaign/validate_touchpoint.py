from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.touchpoint_validate import TouchpointValidate
from ...models.touchpoint_validation import TouchpointValidation
from ...types import Response


def _get_kwargs(
    *,
    body: TouchpointValidate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel-service/v1/touchpoints/_validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TouchpointValidation:
    if response.status_code == 200:
        response_200 = TouchpointValidation.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TouchpointValidation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TouchpointValidate,
) -> Response[Error | TouchpointValidation]:
    """Check a touchpoint before activating its campaign, by id (reference page) or by its configuration
    (`type`, `template_id`; resources page); `{valid, errors}`.

    Args:
        body (TouchpointValidate): Either form: `{touchpoint_id}` (reference page) or a
            configuration `{type, template_id}` (resources page; spec: `channel_id`,
            `initial_phrase`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TouchpointValidation]
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
    body: TouchpointValidate,
) -> Error | TouchpointValidation | None:
    """Check a touchpoint before activating its campaign, by id (reference page) or by its configuration
    (`type`, `template_id`; resources page); `{valid, errors}`.

    Args:
        body (TouchpointValidate): Either form: `{touchpoint_id}` (reference page) or a
            configuration `{type, template_id}` (resources page; spec: `channel_id`,
            `initial_phrase`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TouchpointValidation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TouchpointValidate,
) -> Response[Error | TouchpointValidation]:
    """Check a touchpoint before activating its campaign, by id (reference page) or by its configuration
    (`type`, `template_id`; resources page); `{valid, errors}`.

    Args:
        body (TouchpointValidate): Either form: `{touchpoint_id}` (reference page) or a
            configuration `{type, template_id}` (resources page; spec: `channel_id`,
            `initial_phrase`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TouchpointValidation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TouchpointValidate,
) -> Error | TouchpointValidation | None:
    """Check a touchpoint before activating its campaign, by id (reference page) or by its configuration
    (`type`, `template_id`; resources page); `{valid, errors}`.

    Args:
        body (TouchpointValidate): Either form: `{touchpoint_id}` (reference page) or a
            configuration `{type, template_id}` (resources page; spec: `channel_id`,
            `initial_phrase`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TouchpointValidation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
