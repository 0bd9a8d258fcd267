from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.audit_revert_envelope import AuditRevertEnvelope
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    entry_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/v1/audit-logs/{entry_id}/revert".format(
            entry_id=path_segment("entry_id", entry_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditRevertEnvelope | Error:
    if response.status_code == 200:
        response_200 = AuditRevertEnvelope.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditRevertEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AuditRevertEnvelope | Error]:
    """Undo the change an entry records, when it is `revertable` (a created item is removed, a changed one
    gets its old fields back, a deleted one returns); the revert is an entry of its own. 409 when the
    entry is not revertable, was already reverted, or the item changed in a way that blocks it.

    Args:
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditRevertEnvelope | Error]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AuditRevertEnvelope | Error | None:
    """Undo the change an entry records, when it is `revertable` (a created item is removed, a changed one
    gets its old fields back, a deleted one returns); the revert is an entry of its own. 409 when the
    entry is not revertable, was already reverted, or the item changed in a way that blocks it.

    Args:
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditRevertEnvelope | Error
    """

    return sync_detailed(
        entry_id=entry_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AuditRevertEnvelope | Error]:
    """Undo the change an entry records, when it is `revertable` (a created item is removed, a changed one
    gets its old fields back, a deleted one returns); the revert is an entry of its own. 409 when the
    entry is not revertable, was already reverted, or the item changed in a way that blocks it.

    Args:
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditRevertEnvelope | Error]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AuditRevertEnvelope | Error | None:
    """Undo the change an entry records, when it is `revertable` (a created item is removed, a changed one
    gets its old fields back, a deleted one returns); the revert is an entry of its own. 409 when the
    entry is not revertable, was already reverted, or the item changed in a way that blocks it.

    Args:
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditRevertEnvelope | Error
    """

    return (
        await asyncio_detailed(
            entry_id=entry_id,
            client=client,
        )
    ).parsed
