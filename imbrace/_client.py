"""``ImbraceClient`` and ``AsyncImbraceClient``: configuration, one transport, and lazy namespaces.

Both clients take the same arguments and expose the same namespaces; a namespace module is imported the
first time it is used, so ``import imbrace`` and ``ImbraceClient()`` stay cheap.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Generic, Literal, ParamSpec, TypeVar, cast, overload

import httpx

from ._config import ClientConfig, TimeoutTypes, build_config, check_credential, to_timeout
from ._errors import ImbraceError, InvalidRequestError
from ._modes import Async, ModeT, RawAsync, RawSync, StreamingAsync, StreamingSync, Sync
from ._transport import AsyncTransport, RequestOptions, SyncTransport, check_deadline, make_options

if TYPE_CHECKING:
    from typing import Self

    from imbrace_generated.gateway.models import LoginResult

    from ._operations import Call, Effect, FlowRunner
    from ._response import AsyncAPIResponse
    from .resources.account import Account
    from .resources.activepieces import Activepieces
    from .resources.ai import Ai
    from .resources.ai_agent import AiAgent
    from .resources.api_keys import ApiKeys
    from .resources.audit_logs import AuditLogs
    from .resources.auth import Auth
    from .resources.boards import Boards
    from .resources.campaign import Campaign
    from .resources.categories import Categories
    from .resources.channel import Channel
    from .resources.chat_ai import ChatAi
    from .resources.contacts import Contacts
    from .resources.conversations import Conversations
    from .resources.folders import Folders
    from .resources.health import Health
    from .resources.license import License
    from .resources.message_suggestion import MessageSuggestion
    from .resources.messages import Messages
    from .resources.organizations import Organizations
    from .resources.outbound import Outbound
    from .resources.platform import Platform
    from .resources.predict import Predict
    from .resources.roles import Roles
    from .resources.sessions import Sessions
    from .resources.settings import Settings
    from .resources.teams import Teams

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)
RawModeT = TypeVar("RawModeT")
StreamingModeT = TypeVar("StreamingModeT")
_UNSET: Any = object()
ResponseMode = Literal["parsed", "raw", "streaming"]


class _Namespace(Generic[T]):
    """Imports ``imbrace.resources.<module>`` and builds the namespace on first access, then caches it."""

    def __init__(self, module: str, cls: str, shares: str | None = None) -> None:
        self.module = module
        self.cls = cls
        self.attr: str = module
        self.shares = shares  # another attribute name that is the same namespace object

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name

    @overload
    def __get__(self, obj: None, owner: type) -> _Namespace[T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> T: ...
    def __get__(self, obj: object | None, owner: type) -> T | _Namespace[T]:
        if obj is None:
            return self
        existing = obj.__dict__.get(self.module)
        value: T = existing or getattr(importlib.import_module(f"imbrace.resources.{self.module}"), self.cls)(
            obj
        )
        obj.__dict__[self.attr] = obj.__dict__[self.module] = value
        return value


def _flow_runner(gen: Generator[Effect, Any, Any], options: dict[str, Any]) -> FlowRunner:
    from ._operations import FlowRunner  # loaded with the first flow, not with `import imbrace`

    return FlowRunner(gen, options)


class _Namespaces(Generic[ModeT]):
    """Every namespace, typed by the client's mode (``ChatAi[Sync]`` on the sync client, and so on)."""

    ai_agent: _Namespace[AiAgent[ModeT]] = _Namespace("ai_agent", "AiAgent")
    ai: _Namespace[Ai[ModeT]] = _Namespace("ai", "Ai")
    chat_ai: _Namespace[ChatAi[ModeT]] = _Namespace("chat_ai", "ChatAi")
    boards: _Namespace[Boards[ModeT]] = _Namespace("boards", "Boards")
    folders: _Namespace[Folders[ModeT]] = _Namespace("folders", "Folders")
    activepieces: _Namespace[Activepieces[ModeT]] = _Namespace("activepieces", "Activepieces")
    workflows: _Namespace[Activepieces[ModeT]] = _Namespace("activepieces", "Activepieces", "workflows")
    platform: _Namespace[Platform[ModeT]] = _Namespace("platform", "Platform")
    account: _Namespace[Account[ModeT]] = _Namespace("account", "Account")
    organizations: _Namespace[Organizations[ModeT]] = _Namespace("organizations", "Organizations")
    teams: _Namespace[Teams[ModeT]] = _Namespace("teams", "Teams")
    health: _Namespace[Health[ModeT]] = _Namespace("health", "Health")
    auth: _Namespace[Auth[ModeT]] = _Namespace("auth", "Auth")
    api_keys: _Namespace[ApiKeys[ModeT]] = _Namespace("api_keys", "ApiKeys")
    settings: _Namespace[Settings[ModeT]] = _Namespace("settings", "Settings")
    sessions: _Namespace[Sessions[ModeT]] = _Namespace("sessions", "Sessions")
    roles: _Namespace[Roles[ModeT]] = _Namespace("roles", "Roles")
    audit_logs: _Namespace[AuditLogs[ModeT]] = _Namespace("audit_logs", "AuditLogs")
    license: _Namespace[License[ModeT]] = _Namespace("license", "License")
    contacts: _Namespace[Contacts[ModeT]] = _Namespace("contacts", "Contacts")
    categories: _Namespace[Categories[ModeT]] = _Namespace("categories", "Categories")
    message_suggestion: _Namespace[MessageSuggestion[ModeT]] = _Namespace(
        "message_suggestion", "MessageSuggestion"
    )
    predict: _Namespace[Predict[ModeT]] = _Namespace("predict", "Predict")
    channel: _Namespace[Channel[ModeT]] = _Namespace("channel", "Channel")
    outbound: _Namespace[Outbound[ModeT]] = _Namespace("outbound", "Outbound")
    conversations: _Namespace[Conversations[ModeT]] = _Namespace("conversations", "Conversations")
    messages: _Namespace[Messages[ModeT]] = _Namespace("messages", "Messages")
    campaign: _Namespace[Campaign[ModeT]] = _Namespace("campaign", "Campaign")


class _ClientFlow(Generic[P, R]):
    """A helper on the client itself (``client.login(...)``), written once as a flow generator: the sync
    client runs it and returns ``R``, the async client returns a coroutine of ``R``."""

    def __init__(self, fn: Callable[Concatenate[Any, P], Generator[Any, Any, R]]) -> None:
        self.fn = fn
        self.__doc__ = fn.__doc__

    @overload
    def __get__(self, obj: None, owner: Any) -> _ClientFlow[P, R]: ...
    @overload
    def __get__(self, obj: _Namespaces[Sync], owner: Any) -> Callable[P, R]: ...
    @overload
    def __get__(self, obj: _Namespaces[Async], owner: Any) -> Callable[P, Coroutine[Any, Any, R]]: ...
    def __get__(self, obj: Any, owner: Any) -> Any:
        if obj is None:
            return self
        fn = self.fn

        @functools.wraps(fn)
        def method(*args: Any, **kwargs: Any) -> Any:
            return obj._dispatch_flow(fn(obj, *args, **kwargs), {})

        return method


def _text(name: str, value: object) -> str:
    """A sign-in argument: a non-empty string, else :class:`InvalidRequestError` naming it (the value is
    never echoed: it may be a password)."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(name, f"must be a non-empty string, not {type(value).__name__}")
    return value


class _BaseClient(_Namespaces[ModeT], Generic[ModeT, HttpClientT, RawModeT, StreamingModeT]):
    """What both clients share: configuration, per-call options, modes, and the sans-IO half of sending."""

    _config: ClientConfig
    _options: RequestOptions
    _response_mode: ResponseMode = "parsed"

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
        http_client: HttpClientT | None = None,
    ) -> None:
        """Configure a client; every argument can be left out (see the README's configuration table).

        ``env`` picks a preset (``develop``, ``sandbox``, ``stable``, ``prodv2``); ``base_url`` (alias
        ``gateway``) wins over it. ``api_key`` or ``access_token`` (+ ``organization_id``) authenticate;
        without them ``IMBRACE_*`` environment variables are read. ``timeout`` (seconds or an
        ``httpx.Timeout``) and ``max_retries`` set the defaults of every call; ``services`` moves one
        service elsewhere; ``http_client`` brings your own httpx client.
        """
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
        # The chat-client user id of each credential (see _chat_user_flow), shared with with_options() copies.
        self._chat_users: dict[tuple[str, str], str] = {}
        self._login_token: str | None = None  # from login(); select_organization() exchanges it
        self._transport = self._make_transport(http_client)

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
        auth = self.auth_mode if self.auth_mode != "none" else "none (only sign-in and health work)"
        return f"<{type(self).__name__} base_url={self.base_url!r} auth={auth} organization_id={self.organization_id!r}>"

    def _require_credential(self, call: Call) -> None:
        """Refuse, before sending, a call that needs a credential when the client has none (no API key,
        token, or auth header of its own); sign-in and health (``security: []``) need none."""
        cfg: ClientConfig = self._config
        if cfg.api_key or cfg.access_token or call.op.entry.get("public"):
            return
        transport: Any = self._transport
        names: list[str] = [*cfg.default_headers, *(self._options.extra_headers or {})]
        names += [*(call.options.get("extra_headers") or {})]
        if not transport._owned and transport._client is not None:  # the caller's own httpx client
            names += list(transport._client.headers)
        if {name.lower() for name in names} & {"x-api-key", "authorization", "x-access-token"}:
            return
        from ._errors import MissingCredentialError

        entry = call.op.entry
        raise MissingCredentialError(f"{call.op.op_id} ({entry['method']} {entry['path']})")

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
        clone._transport = self._transport.rebind(config)
        return clone

    def with_options(
        self,
        *,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
    ) -> Self:
        """A copy of this client with other per-request options; it shares the connection pool.

        ``timeout`` bounds each attempt of a call (its sending and its whole reply, unless it streams);
        ``deadline`` bounds the whole call in seconds, retries and the waits between them included.
        """
        new = make_options(
            timeout=None if timeout is _UNSET else to_timeout(timeout),
            max_retries=max_retries,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            deadline=deadline,
        )
        merged = RequestOptions(
            timeout=new.timeout or self._options.timeout,
            max_retries=self._options.max_retries if new.max_retries is None else new.max_retries,
            idempotency_key=new.idempotency_key or self._options.idempotency_key,
            extra_headers={**(self._options.extra_headers or {}), **(extra_headers or {})} or None,
            deadline=new.deadline or self._options.deadline,
        )
        return self._with_config_and_options(self._config, merged)

    def _make_transport(self, http_client: HttpClientT | None) -> Any:
        raise NotImplementedError

    @property
    def with_raw_response(self) -> _Namespaces[RawModeT]:
        """The same namespaces, whose methods return the :class:`~imbrace.APIResponse` (``.parse()``;
        :class:`~imbrace.AsyncAPIResponse` on the async client)."""
        return cast("_Namespaces[RawModeT]", self._in_mode("raw"))

    @property
    def with_streaming_response(self) -> _Namespaces[StreamingModeT]:
        """The same namespaces, whose methods return a (async) context manager over the unread response."""
        return cast("_Namespaces[StreamingModeT]", self._in_mode("streaming"))

    def set_access_token(self, token: str, organization_id: str | None = None) -> None:
        """Switch to token auth (clearing any API key), e.g. after a login elsewhere."""
        self._config = self._token_config(token, organization_id)
        self._transport = self._transport.rebind(self._config)
        self._login_token = None

    def clear_access_token(self) -> None:
        """Forget the access token and any login token (sign out); an API key, if any, stays."""
        self._config = dataclasses.replace(self._config, access_token=None)
        self._transport = self._transport.rebind(self._config)
        self._login_token = None

    # -- sign-in helpers (docs: sdk/authentication.md); each runs on both clients ---------------------------
    @_ClientFlow
    def request_otp(self, email: str) -> Generator[Any, Any, None]:
        """Email a one-time sign-in code to ``email``; then call :meth:`login_with_otp`."""
        from ._operations import Call, operation

        yield Call(operation("gateway", "signin_email_request"), body={"email": _text("email", email)})

    @_ClientFlow
    def login(self, email: str, password: str) -> Generator[Any, Any, LoginResult]:
        """Sign in with a password: keeps the short-lived login token and returns ``{token, organizations}``.

        Pick an organization with :meth:`select_organization`. A user of exactly one organization is
        switched to it at once, so every namespace works right after ``login``.
        """
        body = {"email": _text("email", email), "password": _text("password", password)}
        return (yield from self._sign_in(body))

    @_ClientFlow
    def login_with_otp(self, email: str, otp: str) -> Generator[Any, Any, LoginResult]:
        """Sign in with the code :meth:`request_otp` emailed; see :meth:`login`."""
        body = {"email": _text("email", email), "otp": _text("otp", otp)}
        return (yield from self._sign_in(body))

    @_ClientFlow
    def select_organization(self, organization_id: str) -> Generator[Any, Any, None]:
        """Exchange the login token for an access token of one of the user's organizations and use it
        (with ``x-organization-id``) from now on; call it again to switch while the login token lasts."""
        yield from self._exchange(_text("organization_id", organization_id))

    @_ClientFlow
    def init(self) -> Generator[Any, Any, None]:
        """Check that the gateway answers (one ``GET /``); raises the usual errors when it does not."""
        from ._operations import Call, operation

        yield Call(operation("gateway", "health_check"))

    def _sign_in(self, body: dict[str, str]) -> Generator[Any, Any, LoginResult]:
        from ._errors import APIResponseValidationError
        from ._operations import Call, operation

        result: LoginResult = yield Call(operation("gateway", "authenticate"), body=body)
        token = result.get("token") or result.get("accessToken") or result.get("access_token")
        if not isinstance(token, str) or not token:
            raise APIResponseValidationError("authenticate: the reply holds no token")
        self.set_access_token(token)
        self._login_token = token
        organizations = result.get("organizations") or []
        if len(organizations) == 1:
            chosen = organizations[0].get("organization_id") or organizations[0].get("id")
            if isinstance(chosen, str) and chosen:
                yield from self._exchange(chosen)
        return result

    def _exchange(self, organization_id: str) -> Generator[Any, Any, None]:
        from ._errors import APIResponseValidationError
        from ._operations import Call, operation

        call = Call(operation("gateway", "exchange_access_token"), body={"organization_id": organization_id})
        if self._login_token:
            call.options = {"extra_headers": {"x-access-token": self._login_token}}
        result = yield call
        token = result.get("token") or result.get("access_token")
        if not isinstance(token, str) or not token:
            raise APIResponseValidationError("exchange_access_token: the reply holds no token")
        login_token = self._login_token
        self.set_access_token(token, organization_id=organization_id)
        self._login_token = login_token

    def _in_mode(self, mode: ResponseMode) -> Any:
        clone: Any = self._with_config_and_options(self._config, self._options)
        clone._response_mode = mode
        return clone

    def _call_options(self, call: Call) -> RequestOptions:
        """The client's options, with this call's ``timeout`` and ``deadline`` when it gave them."""
        given = call.options
        if "timeout" not in given and "deadline" not in given:
            return self._options
        options = self._options
        if "timeout" in given:
            options = dataclasses.replace(options, timeout=to_timeout(given["timeout"]))
        if given.get("deadline") is not None:
            options = dataclasses.replace(options, deadline=check_deadline(given["deadline"]))
        return options

    def _flow_result(self, runner: FlowRunner) -> Any:
        """A flow's result; under ``with_raw_response`` the last response, whose ``parse()`` gives it."""
        if self._response_mode == "parsed" or runner.last_response is None:
            return runner.result
        from ._response import APIResponse, AsyncAPIResponse

        result = runner.result
        wrapper = APIResponse if isinstance(self, ImbraceClient) else AsyncAPIResponse
        return wrapper(runner.last_response, lambda _response: result)

    def _chat_user_flow(self) -> Generator[Call, Any, str]:
        """The caller's chat-client user id, which a chat body without ``user_id`` needs.

        Looked up once per client and credential (``POST /ai-agent/chat-client/auth/user``) and cached;
        the lookup changes nothing, so it carries an idempotency key and is retried like a GET. A failure
        says it happened while starting the chat, keeping its error class.
        """
        import uuid

        from ._operations import Call, operation

        key = (self._config.api_key or self._config.access_token or "", self._config.organization_id or "")
        cached = self._chat_users.get(key)
        if cached is not None:
            return cached
        call = Call(operation("ai_agent", "get_chat_client_user"), {}, self._user_lookup_body())
        call.options = {"extra_headers": {"Idempotency-Key": f"imbrace-chat-user-{uuid.uuid4().hex}"}}
        try:
            user = yield call
        except ImbraceError as exc:
            raise _starting_the_chat(exc) from None
        user_id = str(user["id"])
        self._chat_users[key] = user_id
        return user_id

    def _token_config(self, token: str, organization_id: str | None) -> ClientConfig:
        check_credential("token", token)
        if organization_id is not None:
            check_credential("organization_id", organization_id)
        org = organization_id if organization_id is not None else self._config.organization_id
        return dataclasses.replace(self._config, api_key=None, access_token=token, organization_id=org)


def _starting_the_chat(exc: ImbraceError) -> ImbraceError:
    """``exc``, same class and fields, its message saying it happened while starting the chat."""
    context = (
        "Could not start the chat: the SDK looks up the chat user of this client's credential first "
        "(once per client, because the chat body has no user_id; pass user_id to skip it), and that failed"
    )
    message = getattr(exc, "message", None)
    if isinstance(message, str):
        exc.message = f"{context}: {message}"  # type: ignore[attr-defined]
    if exc.args and isinstance(exc.args[0], str):
        exc.args = (f"{context}: {exc.args[0]}", *exc.args[1:])
    return exc


class ImbraceClient(_BaseClient[Sync, httpx.Client, RawSync, StreamingSync]):
    """The synchronous client.

    ``ImbraceClient(api_key=...)`` or ``ImbraceClient(access_token=..., organization_id=...)``; with no
    arguments, ``IMBRACE_API_KEY``, ``IMBRACE_ACCESS_TOKEN``, ``IMBRACE_ORGANIZATION_ID``,
    ``IMBRACE_ENV`` and ``IMBRACE_BASE_URL`` (or ``IMBRACE_GATEWAY_URL``) are read.
    """

    _transport: SyncTransport

    def _make_transport(self, http_client: httpx.Client | None) -> SyncTransport:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise InvalidRequestError(
                "http_client", f"must be an httpx.Client, not {type(http_client).__name__}"
            )
        return SyncTransport(self._config, http_client)

    # -- I/O only: everything else is shared, sans-IO, in _BaseClient and _operations -----------------
    def _send(self, call: Call) -> httpx.Response:
        self._require_credential(call)
        with call.closing():
            return self._transport.send(
                call.request_kwargs(), self._call_options(call), stream=call.stream, accept=call.accept
            )

    def _io(self, effect: Any, runner: FlowRunner) -> Any:
        if effect.kind == "read":
            return next(runner.chunks_of(effect.response, effect.response.iter_bytes), b"")
        for response in effect.responses if effect.kind == "close" else ():
            response.close()
        return self._send(effect) if effect.kind == "call" else None

    def _iterate(self, gen: Generator[Effect, Any, None], options: dict[str, Any]) -> Iterator[Any]:
        runner = _flow_runner(gen, options)
        return self._drain(runner, runner.start())

    def _perform(self, effect: Effect, runner: FlowRunner) -> tuple[Any, BaseException | None]:
        """Do one effect of a flow: send a call, read a chunk (``b""`` at the end), close, or nothing."""
        try:
            return self._io(effect, runner), None
        except Exception as exc:
            return None, exc

    def _drain(self, runner: FlowRunner, effect: Any) -> Iterator[Any]:
        try:
            while effect is not None:
                yield from (effect.value,) if effect.kind == "emit" else ()
                effect = runner.resume(*self._perform(effect, runner))
        finally:
            self._io(runner.finish(), runner)

    def _dispatch(self, call: Call) -> Any:
        if self._response_mode == "parsed":
            response = self._send(call)
            return response if call.stream else call.op.parse(response)
        from ._response import APIResponse, ResponseContextManager

        if self._response_mode == "raw":
            return APIResponse(self._send(call), call.op.parse)
        call.stream = True
        return ResponseContextManager(lambda: APIResponse(self._send(call), call.op.parse))

    def _dispatch_flow(self, gen: Generator[Call, Any, Any], options: dict[str, Any]) -> Any:
        if self._response_mode == "streaming":
            from ._response import ResponseContextManager

            return ResponseContextManager(lambda: self._flow_result(self._run_flow(gen, options)))
        return self._flow_result(self._run_flow(gen, options))

    def _run_flow(self, gen: Generator[Call, Any, Any], options: dict[str, Any]) -> FlowRunner:
        runner = _flow_runner(gen, options)
        call = runner.start()
        while call is not None:
            call = runner.resume(*self._perform(call, runner))
        return runner

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncImbraceClient(_BaseClient[Async, httpx.AsyncClient, RawAsync, StreamingAsync]):
    """The asynchronous client: the same arguments and namespaces as :class:`ImbraceClient`, awaited."""

    _transport: AsyncTransport

    def _make_transport(self, http_client: httpx.AsyncClient | None) -> AsyncTransport:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise InvalidRequestError(
                "http_client", f"must be an httpx.AsyncClient, not {type(http_client).__name__}"
            )
        return AsyncTransport(self._config, http_client)

    async def _send(self, call: Call) -> httpx.Response:
        self._require_credential(call)
        with call.closing():
            return await self._transport.send(
                call.request_kwargs(), self._call_options(call), stream=call.stream, accept=call.accept
            )

    async def _perform(self, effect: Effect, runner: FlowRunner) -> tuple[Any, BaseException | None]:
        try:
            return await self._io(effect, runner), None
        except Exception as exc:
            return None, exc

    def _iterate(self, gen: Generator[Effect, Any, None], options: dict[str, Any]) -> AsyncIterator[Any]:
        runner = _flow_runner(gen, options)
        return self._drain(runner, runner.start())

    async def _io(self, effect: Any, runner: FlowRunner) -> Any:
        if effect.kind == "read":
            return await anext(runner.chunks_of(effect.response, effect.response.aiter_bytes), b"")
        for response in effect.responses if effect.kind == "close" else ():
            await response.aclose()
        return await self._send(effect) if effect.kind == "call" else None

    async def _drain(self, runner: FlowRunner, effect: Any) -> AsyncIterator[Any]:
        try:
            while effect is not None:
                if effect.kind == "emit":
                    yield effect.value
                effect = runner.resume(*await self._perform(effect, runner))
        finally:
            await self._io(runner.finish(), runner)

    def _dispatch(self, call: Call) -> Any:
        if self._response_mode == "streaming":
            from ._response import AsyncResponseContextManager

            call.stream = True
            return AsyncResponseContextManager(lambda: self._raw(call))
        return self._raw(call) if self._response_mode == "raw" else self._parsed(call)

    async def _parsed(self, call: Call) -> Any:
        response = await self._send(call)
        return response if call.stream else call.op.parse(response)

    async def _raw(self, call: Call) -> AsyncAPIResponse[Any]:
        from ._response import AsyncAPIResponse

        return AsyncAPIResponse(await self._send(call), call.op.parse)

    def _dispatch_flow(self, gen: Generator[Call, Any, Any], options: dict[str, Any]) -> Any:
        if self._response_mode == "streaming":
            from ._response import AsyncResponseContextManager

            return AsyncResponseContextManager(lambda: self._flow(gen, options))
        return self._flow(gen, options)

    async def _flow(self, gen: Generator[Call, Any, Any], options: dict[str, Any]) -> Any:
        return self._flow_result(await self._run_flow(gen, options))

    async def _run_flow(self, gen: Generator[Call, Any, Any], options: dict[str, Any]) -> FlowRunner:
        runner = _flow_runner(gen, options)
        call = runner.start()
        while call is not None:
            call = runner.resume(*await self._perform(call, runner))
        return runner

    async def close(self) -> None:
        await self._transport.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
