from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.trace_search import TraceSearch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    time_range: int | Unset = UNSET,
    org_id: str | Unset = UNSET,
    details: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service"] = service

    params["limit"] = limit

    params["timeRange"] = time_range

    params["orgId"] = org_id

    params["details"] = details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ai-agent/trace/traces",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TraceSearch:
    if response.status_code == 200:
        response_200 = TraceSearch.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TraceSearch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    service: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    time_range: int | Unset = UNSET,
    org_id: str | Unset = UNSET,
    details: bool | Unset = UNSET,
) -> Response[Error | TraceSearch]:
    """Recent traces (Grafana Tempo search).

    Args:
        service (str | Unset):
        limit (int | Unset):
        time_range (int | Unset):
        org_id (str | Unset):
        details (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TraceSearch]
    """

    kwargs = _get_kwargs(
        service=service,
        limit=limit,
        time_range=time_range,
        org_id=org_id,
        details=details,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    service: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    time_range: int | Unset = UNSET,
    org_id: str | Unset = UNSET,
    details: bool | Unset = UNSET,
) -> Error | TraceSearch | None:
    """Recent traces (Grafana Tempo search).

    Args:
        service (str | Unset):
        limit (int | Unset):
        time_range (int | Unset):
        org_id (str | Unset):
        details (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TraceSearch
    """

    return sync_detailed(
        client=client,
        service=service,
        limit=limit,
        time_range=time_range,
        org_id=org_id,
        details=details,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    time_range: int | Unset = UNSET,
    org_id: str | Unset = UNSET,
    details: bool | Unset = UNSET,
) -> Response[Error | TraceSearch]:
    """Recent traces (Grafana Tempo search).

    Args:
        service (str | Unset):
        limit (int | Unset):
        time_range (int | Unset):
        org_id (str | Unset):
        details (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TraceSearch]
    """

    kwargs = _get_kwargs(
        service=service,
        limit=limit,
        time_range=time_range,
        org_id=org_id,
        details=details,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    time_range: int | Unset = UNSET,
    org_id: str | Unset = UNSET,
    details: bool | Unset = UNSET,
) -> Error | TraceSearch | None:
    """Recent traces (Grafana Tempo search).

    Args:
        service (str | Unset):
        limit (int | Unset):
        time_range (int | Unset):
        org_id (str | Unset):
        details (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TraceSearch
    """

    return (
        await asyncio_detailed(
            client=client,
            service=service,
            limit=limit,
            time_range=time_range,
            org_id=org_id,
            details=details,
        )
    ).parsed
