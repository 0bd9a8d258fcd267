from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_file_upload import ContactFileUpload
from ...models.contact_upload_result import ContactUploadResult
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ContactFileUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel-service/v1/contacts/_fileupload",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactUploadResult | Error:
    if response.status_code == 200:
        response_200 = ContactUploadResult.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ContactUploadResult.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactUploadResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactFileUpload,
) -> Response[ContactUploadResult | Error]:
    """Upload a file (multipart). A CSV with a header row (display_name, email, phone_number, ...) imports
    contacts, all or none; any other file is stored and answers its `url`, and with `contact_id` it
    joins that contact's files.

    Args:
        body (ContactFileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactUploadResult | Error]
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
    body: ContactFileUpload,
) -> ContactUploadResult | Error | None:
    """Upload a file (multipart). A CSV with a header row (display_name, email, phone_number, ...) imports
    contacts, all or none; any other file is stored and answers its `url`, and with `contact_id` it
    joins that contact's files.

    Args:
        body (ContactFileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactUploadResult | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactFileUpload,
) -> Response[ContactUploadResult | Error]:
    """Upload a file (multipart). A CSV with a header row (display_name, email, phone_number, ...) imports
    contacts, all or none; any other file is stored and answers its `url`, and with `contact_id` it
    joins that contact's files.

    Args:
        body (ContactFileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactUploadResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactFileUpload,
) -> ContactUploadResult | Error | None:
    """Upload a file (multipart). A CSV with a header row (display_name, email, phone_number, ...) imports
    contacts, all or none; any other file is stored and answers its `url`, and with `contact_id` it
    joins that contact's files.

    Args:
        body (ContactFileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactUploadResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
