from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.audit_log_page import AuditLogPage
from ...models.error import Error
from ...models.list_audit_logs_imports import ListAuditLogsImports
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    board_id: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    q: str | Unset = UNSET,
    imports: ListAuditLogsImports | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    include_archive: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params["resource"] = resource

    params["resourceId"] = resource_id

    params["action"] = action

    params["boardId"] = board_id

    params["from"] = from_

    params["to"] = to

    params["q"] = q

    json_imports: str | Unset = UNSET
    if not isinstance(imports, Unset):
        json_imports = imports

    params["imports"] = json_imports

    params["page"] = page

    params["limit"] = limit

    params["cursor"] = cursor

    params["includeArchive"] = include_archive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/v1/audit-logs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditLogPage | Error:
    if response.status_code == 200:
        response_200 = AuditLogPage.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditLogPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    board_id: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    q: str | Unset = UNSET,
    imports: ListAuditLogsImports | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    include_archive: bool | Unset = UNSET,
) -> Response[AuditLogPage | Error]:
    """The organization's audit trail, newest first, filtered. Multi-value filters take comma-separated
    values; page with `page` or with the `cursor` of the previous page's `pagination.nextCursor`.

    Args:
        user_id (str | Unset):
        resource (str | Unset):
        resource_id (str | Unset):
        action (str | Unset):
        board_id (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        q (str | Unset):
        imports (ListAuditLogsImports | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        include_archive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | Error]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        resource=resource,
        resource_id=resource_id,
        action=action,
        board_id=board_id,
        from_=from_,
        to=to,
        q=q,
        imports=imports,
        page=page,
        limit=limit,
        cursor=cursor,
        include_archive=include_archive,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    board_id: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    q: str | Unset = UNSET,
    imports: ListAuditLogsImports | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    include_archive: bool | Unset = UNSET,
) -> AuditLogPage | Error | None:
    """The organization's audit trail, newest first, filtered. Multi-value filters take comma-separated
    values; page with `page` or with the `cursor` of the previous page's `pagination.nextCursor`.

    Args:
        user_id (str | Unset):
        resource (str | Unset):
        resource_id (str | Unset):
        action (str | Unset):
        board_id (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        q (str | Unset):
        imports (ListAuditLogsImports | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        include_archive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogPage | Error
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        resource=resource,
        resource_id=resource_id,
        action=action,
        board_id=board_id,
        from_=from_,
        to=to,
        q=q,
        imports=imports,
        page=page,
        limit=limit,
        cursor=cursor,
        include_archive=include_archive,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    board_id: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    q: str | Unset = UNSET,
    imports: ListAuditLogsImports | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    include_archive: bool | Unset = UNSET,
) -> Response[AuditLogPage | Error]:
    """The organization's audit trail, newest first, filtered. Multi-value filters take comma-separated
    values; page with `page` or with the `cursor` of the previous page's `pagination.nextCursor`.

    Args:
        user_id (str | Unset):
        resource (str | Unset):
        resource_id (str | Unset):
        action (str | Unset):
        board_id (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        q (str | Unset):
        imports (ListAuditLogsImports | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        include_archive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | Error]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        resource=resource,
        resource_id=resource_id,
        action=action,
        board_id=board_id,
        from_=from_,
        to=to,
        q=q,
        imports=imports,
        page=page,
        limit=limit,
        cursor=cursor,
        include_archive=include_archive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    board_id: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    q: str | Unset = UNSET,
    imports: ListAuditLogsImports | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    include_archive: bool | Unset = UNSET,
) -> AuditLogPage | Error | None:
    """The organization's audit trail, newest first, filtered. Multi-value filters take comma-separated
    values; page with `page` or with the `cursor` of the previous page's `pagination.nextCursor`.

    Args:
        user_id (str | Unset):
        resource (str | Unset):
        resource_id (str | Unset):
        action (str | Unset):
        board_id (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        q (str | Unset):
        imports (ListAuditLogsImports | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        include_archive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            resource=resource,
            resource_id=resource_id,
            action=action,
            board_id=board_id,
            from_=from_,
            to=to,
            q=q,
            imports=imports,
            page=page,
            limit=limit,
            cursor=cursor,
            include_archive=include_archive,
        )
    ).parsed
