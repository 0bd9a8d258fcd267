from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.predict_request import PredictRequest
from ...models.predict_result import PredictResult
from ...types import Response


def _get_kwargs(
    *,
    body: PredictRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/predict/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PredictResult:
    if response.status_code == 200:
        response_200 = PredictResult.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PredictResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PredictRequest,
) -> Response[Error | PredictResult]:
    """Run a prediction model (e.g. `lead_score_v1`) on `input`; answers its `score` between 0 and 1.

    Args:
        body (PredictRequest): `{model, input}` (docs:sdk/resources.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PredictResult]
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
    body: PredictRequest,
) -> Error | PredictResult | None:
    """Run a prediction model (e.g. `lead_score_v1`) on `input`; answers its `score` between 0 and 1.

    Args:
        body (PredictRequest): `{model, input}` (docs:sdk/resources.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PredictResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PredictRequest,
) -> Response[Error | PredictResult]:
    """Run a prediction model (e.g. `lead_score_v1`) on `input`; answers its `score` between 0 and 1.

    Args:
        body (PredictRequest): `{model, input}` (docs:sdk/resources.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PredictResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PredictRequest,
) -> Error | PredictResult | None:
    """Run a prediction model (e.g. `lead_score_v1`) on `input`; answers its `score` between 0 and 1.

    Args:
        body (PredictRequest): `{model, input}` (docs:sdk/resources.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PredictResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
