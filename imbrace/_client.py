"""``ImbraceClient`` and ``AsyncImbraceClient``: configuration, one transport, and lazy namespaces.

Both clients take the same arguments and expose the same namespaces; a namespace module is imported the
first time it is used, so ``import imbrace`` and ``ImbraceClient()`` stay cheap.
"""

from __future__ import annotations

import dataclasses
import importlib
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from ._config import ClientConfig, TimeoutTypes, build_config, to_timeout
from ._errors import InvalidRequestError
from ._transport import AsyncTransport, RequestOptions, SyncTransport, make_options

if TYPE_CHECKING:
    from typing import Self

    from .resources.activepieces import Activepieces, AsyncActivepieces
    from .resources.ai import Ai, AsyncAi
    from .resources.ai_agent import AiAgent, AsyncAiAgent
    from .resources.boards import AsyncBoards, Boards
    from .resources.chat_ai import AsyncChatAi, ChatAi
    from .resources.folders import AsyncFolders, Folders

T = TypeVar("T")
_UNSET: Any = object()


class _Namespace(Generic[T]):
    """Imports ``imbrace.resources.<module>`` and builds the namespace on first access, then caches it."""

    def __init__(self, module: str, cls: str) -> None:
        self.module = module
        self.cls = cls
        self.attr = module

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name

    @overload
    def __get__(self, obj: None, owner: type) -> _Namespace[T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> T: ...
    def __get__(self, obj: object | None, owner: type) -> T | _Namespace[T]:
        if obj is None:
            return self
        value: T = getattr(importlib.import_module(f"imbrace.resources.{self.module}"), self.cls)(obj)
        obj.__dict__[self.attr] = value
        return value


class _BaseClient:
    _config: ClientConfig
    _options: RequestOptions

    def __init__(
        self,
        *,
        env: str | None = None,
        base_url: str | None = None,
        gateway: str | None = None,
        api_key: str | None = None,
        access_token: str | None = None,
        organization_id: str | None = None,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int | None = None,
        services: Mapping[str, str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_connections: int | None = None,
        max_response_bytes: int | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        self._config = build_config(
            env=env,
            base_url=base_url,
            gateway=gateway,
            api_key=api_key,
            access_token=access_token,
            organization_id=organization_id,
            timeout=None if timeout is _UNSET else (timeout if timeout is not None else httpx.Timeout(None)),
            max_retries=max_retries,
            services=services,
            default_headers=default_headers,
            max_connections=max_connections,
            max_response_bytes=max_response_bytes,
            allow_insecure_http=allow_insecure_http,
        )
        self._options = RequestOptions()
        self._user_id: str | None = None

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def organization_id(self) -> str | None:
        return self._config.organization_id

    @property
    def auth_mode(self) -> str:
        """``"api_key"``, ``"access_token"`` or ``"none"``."""
        return "api_key" if self._config.api_key else "access_token" if self._config.access_token else "none"

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout or self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.max_retries if self._options.max_retries is None else self._options.max_retries

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r} auth={self.auth_mode} organization_id={self.organization_id!r}>"

    def _user_lookup_body(self) -> dict[str, Any]:
        return (
            {"token": self._config.access_token}
            if self._config.access_token and not self._config.api_key
            else {}
        )

    def _with_config_and_options(self, config: ClientConfig, options: RequestOptions) -> Self:
        clone = object.__new__(type(self))
        clone.__dict__.update(
            {k: v for k, v in self.__dict__.items() if k.startswith("_") and not k.startswith("__")}
        )
        clone._config = config
        clone._options = options
        clone._transport = self._transport.rebind(config)  # type: ignore[attr-defined]
        return clone

    def with_options(
        self,
        *,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other per-request options; it shares the connection pool."""
        new = make_options(
            timeout=None if timeout is _UNSET else to_timeout(timeout),
            max_retries=max_retries,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
        )
        merged = RequestOptions(
            timeout=new.timeout or self._options.timeout,
            max_retries=self._options.max_retries if new.max_retries is None else new.max_retries,
            idempotency_key=new.idempotency_key or self._options.idempotency_key,
            extra_headers={**(self._options.extra_headers or {}), **(extra_headers or {})} or None,
        )
        return self._with_config_and_options(self._config, merged)

    def _token_config(self, token: str, organization_id: str | None) -> ClientConfig:
        if not isinstance(token, str) or not token.strip():
            raise InvalidRequestError("token", "must be a non-empty string")
        org = organization_id if organization_id is not None else self._config.organization_id
        return dataclasses.replace(self._config, api_key=None, access_token=token, organization_id=org)


class ImbraceClient(_BaseClient):
    """The synchronous client.

    ``ImbraceClient(api_key=...)`` or ``ImbraceClient(access_token=..., organization_id=...)``; with no
    arguments, ``IMBRACE_API_KEY``, ``IMBRACE_ACCESS_TOKEN``, ``IMBRACE_ORGANIZATION_ID``,
    ``IMBRACE_ENV`` and ``IMBRACE_BASE_URL`` (or ``IMBRACE_GATEWAY_URL``) are read.
    """

    ai_agent: _Namespace[AiAgent] = _Namespace("ai_agent", "AiAgent")
    ai: _Namespace[Ai] = _Namespace("ai", "Ai")
    chat_ai: _Namespace[ChatAi] = _Namespace("chat_ai", "ChatAi")
    boards: _Namespace[Boards] = _Namespace("boards", "Boards")
    folders: _Namespace[Folders] = _Namespace("folders", "Folders")
    activepieces: _Namespace[Activepieces] = _Namespace("activepieces", "Activepieces")

    def __init__(self, *, http_client: httpx.Client | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._transport = SyncTransport(self._config, http_client)
        self._user_lock = threading.Lock()

    def set_access_token(self, token: str, organization_id: str | None = None) -> None:
        """Switch to token auth (clearing any API key), e.g. after a login elsewhere."""
        self._config = self._token_config(token, organization_id)
        self._transport = self._transport.rebind(self._config)
        self._user_id = None

    def _resolve_user_id(self) -> str:
        """The caller's chat-client user id, looked up once and cached."""
        if self._user_id is None:
            with self._user_lock:
                if self._user_id is None:
                    self._user_id = str(self.ai_agent.get_chat_client_user(self._user_lookup_body())["id"])
        return self._user_id

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncImbraceClient(_BaseClient):
    """The asynchronous client: the same arguments and namespaces as :class:`ImbraceClient`, awaited."""

    ai_agent: _Namespace[AsyncAiAgent] = _Namespace("ai_agent", "AsyncAiAgent")
    ai: _Namespace[AsyncAi] = _Namespace("ai", "AsyncAi")
    chat_ai: _Namespace[AsyncChatAi] = _Namespace("chat_ai", "AsyncChatAi")
    boards: _Namespace[AsyncBoards] = _Namespace("boards", "AsyncBoards")
    folders: _Namespace[AsyncFolders] = _Namespace("folders", "AsyncFolders")
    activepieces: _Namespace[AsyncActivepieces] = _Namespace("activepieces", "AsyncActivepieces")

    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._transport = AsyncTransport(self._config, http_client)

    def set_access_token(self, token: str, organization_id: str | None = None) -> None:
        self._config = self._token_config(token, organization_id)
        self._transport = self._transport.rebind(self._config)
        self._user_id = None

    async def _resolve_user_id(self) -> str:
        if self._user_id is None:
            user = await self.ai_agent.get_chat_client_user(self._user_lookup_body())
            self._user_id = str(user["id"])
        return self._user_id

    async def close(self) -> None:
        await self._transport.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
