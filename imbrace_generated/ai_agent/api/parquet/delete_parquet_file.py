from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_result import DeleteResult
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    file_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/ai-agent/parquet/{file_name}".format(
            file_name=path_segment("file_name", file_name),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeleteResult | Error:
    if response.status_code == 200:
        response_200 = DeleteResult.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteResult | Error]:
    """Delete a Parquet file. The name (which may contain `/`) is ONE percent-encoded path segment.

     The SDK sends the name as one encoded segment; the service (and the mock) also take it raw, split at
    its slashes, as the incumbent SDK sends it.

    Args:
        file_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteResult | Error]
    """

    kwargs = _get_kwargs(
        file_name=file_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteResult | Error | None:
    """Delete a Parquet file. The name (which may contain `/`) is ONE percent-encoded path segment.

     The SDK sends the name as one encoded segment; the service (and the mock) also take it raw, split at
    its slashes, as the incumbent SDK sends it.

    Args:
        file_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteResult | Error
    """

    return sync_detailed(
        file_name=file_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    file_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteResult | Error]:
    """Delete a Parquet file. The name (which may contain `/`) is ONE percent-encoded path segment.

     The SDK sends the name as one encoded segment; the service (and the mock) also take it raw, split at
    its slashes, as the incumbent SDK sends it.

    Args:
        file_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteResult | Error]
    """

    kwargs = _get_kwargs(
        file_name=file_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteResult | Error | None:
    """Delete a Parquet file. The name (which may contain `/`) is ONE percent-encoded path segment.

     The SDK sends the name as one encoded segment; the service (and the mock) also take it raw, split at
    its slashes, as the incumbent SDK sends it.

    Args:
        file_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteResult | Error
    """

    return (
        await asyncio_detailed(
            file_name=file_name,
            client=client,
        )
    ).parsed
