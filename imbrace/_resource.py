"""Namespaces from the spec plus declarations: sync and async methods from one definition.

A namespace is one class, ``ChatAi(ChatAiOperations[ModeT])``. The client builds it with its own mode:
``ChatAi[Sync]`` on :class:`~imbrace.ImbraceClient`, ``ChatAi[Async]`` on the async client, and the raw and
streaming-response views of each.

* Plain operations come from the spec: an operation's ``x-imbrace-methods: [chat_ai.get_ai_agent]`` makes
  the generator write ``get_ai_agent`` into ``imbrace_generated.<service>.namespaces.ChatAiOperations``,
  with its parameters, return model, docstring and an overload per client mode. Its body is one call to
  :meth:`Resource._operation`. No hand-written code.
* ``@flow`` on a generator that yields :class:`~imbrace._operations.Call` objects and receives their
  results: special behaviour (merges, look-ups before a call) written once, without I/O. The client runs
  it, synchronously or awaited. ``@iterator_of`` does the same for methods that yield items.

The overloads (generated methods) and the descriptors' ``__get__`` overloads (flows) tell type checkers what
a method returns in each mode: ``client.chat_ai.get_ai_agent("a1")`` is an ``Agent``, the async one an
awaitable ``Agent``, ``client.with_raw_response...`` an ``APIResponse[Agent]``.
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import os
import sys
import warnings
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from types import MethodType
from typing import TYPE_CHECKING, Any, ClassVar, Concatenate, Generic, NoReturn, ParamSpec, TypeVar, overload

from ._errors import RetiredMethodError
from ._modes import Async, ModeT, RawAsync, RawSync, StreamingAsync, StreamingSync, Sync
from ._operations import Call, Emit, Operation, Read, operation

__all__ = [
    "Async",
    "ModeT",
    "RawAsync",
    "RawSync",
    "Resource",
    "StreamingAsync",
    "StreamingSync",
    "Sync",
    "flow",
    "iterator_of",
    "response_flow",
    "retired",
    "split_flow",
    "warn_deprecated",
]

if TYPE_CHECKING:
    from typing import Self

    from ._client import AsyncImbraceClient, ImbraceClient
    from ._response import APIResponse, AsyncAPIResponse
    from ._streaming import AsyncStreamedResponse, StreamedResponse

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
S = TypeVar("S")
A = TypeVar("A")


class Resource(Generic[ModeT]):
    """A namespace of one service, bound to a client (``client.chat_ai``)."""

    _service: ClassVar[str]

    def __init__(self, client: ImbraceClient | AsyncImbraceClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        methods = [n for n in dir(type(self)) if not n.startswith("_") and callable(getattr(self, n, None))]
        mode = getattr(self._client, "_response_mode", "parsed")
        returns = {"raw": ", returning raw responses", "streaming": ", returning unread streaming responses"}
        return f"<{type(self).__name__} namespace of {self._client!r}: {len(methods)} methods{returns.get(mode, '')}>"

    def _op(self, op_id: str) -> Operation:
        return operation(self._service, op_id)

    def _call(self, op_id: str, **values: Any) -> Call:
        """The :class:`Call` of operation ``op_id`` for arguments by SDK name (flows reuse operations so)."""
        call = operation(self._service, op_id).call(op_id, values, {})
        self._fill_defaults(call)
        return call

    def _operation(self, op_id: str, method: str, values: dict[str, Any], options: Mapping[str, Any]) -> Any:
        """Send one operation (what every generated method does) and return what the client's mode gives."""
        call = operation(self._service, op_id).call(method, values, options)
        self._fill_defaults(call)
        return self._client._dispatch(call)

    def _iterate_pages(
        self, op_id: str, method: str, values: dict[str, Any], options: Mapping[str, Any], style: str
    ) -> Any:
        """Walk every page of a list operation (what every generated ``iter_*`` method does, from the spec's
        ``x-imbrace-iter``): an iterator of its items on the sync client, an async iterator on the async one."""
        from ._pagination import PAGE_STYLES, walk_pages

        op = operation(self._service, op_id)
        first = {k: v for k, v in values.items() if v is not None}

        def fetch(params: dict[str, Any]) -> Call:
            call = op.call(method, params, {})
            self._fill_defaults(call)
            return call

        fetch(first)  # bad input raises now, not at the first iteration
        return self._client._iterate(
            walk_pages(fetch, first, PAGE_STYLES[style]), Call.pop_options(dict(options))
        )

    def _fill_defaults(self, call: Call) -> None:
        for name in call.op.organization_defaults:
            call.default(name, self._client.organization_id)


_PACKAGE_DIRS = tuple(
    os.path.dirname(os.path.abspath(importlib.util.find_spec(name).origin or "")) + os.sep  # type: ignore[union-attr]
    for name in ("imbrace", "imbrace_generated")
)


def warn_deprecated(message: str) -> None:
    """A ``DeprecationWarning`` that points at the caller's line: the first frame outside the SDK's packages,
    however many of the SDK's own frames (sync or async driver, flow, generated method) lie between."""
    frame, level = sys._getframe(), 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIRS):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


FlowGen = Generator[Call, Any, R]
"""What a flow function returns: it yields calls, receives their results, and returns ``R``."""

IterGen = Generator[Call | Read | Emit, Any, None]
"""What an iterating flow returns: it yields calls, reads and ``Emit(item)`` for each item it produces."""


class _Declared:
    """What :class:`Flow` and :class:`IterFlow` share: the generator function they wrap, its public
    signature (without ``self``), and the plain function bound to a namespace on attribute access."""

    name: str
    __signature__: inspect.Signature

    returns: str | None = None  # what the sync client returns, when the annotation does not say it

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__
        signature = inspect.signature(fn)
        parameters = list(signature.parameters.values())[1:]
        self.__signature__ = signature.replace(
            parameters=parameters, return_annotation=inspect.Signature.empty
        )

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def _bind(self, obj: Resource[Any] | None) -> Any:
        return self if obj is None else MethodType(self._function, obj)

    @functools.cached_property
    def _function(self) -> Callable[..., Any]:
        """The function bound to a namespace; it carries the flow's name, docstring and signature."""
        invoke = self._invoke

        def method(resource: Resource[Any], /, *args: Any, **kwargs: Any) -> Any:
            return invoke(resource, args, kwargs)

        method.__name__ = method.__qualname__ = self.name
        method.__doc__ = self.__doc__
        self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
        signature = self.__signature__
        method.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[self_param, *signature.parameters.values()]
        )
        return method

    def _invoke(self, resource: Resource[Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        raise NotImplementedError


class Flow(_Declared, Generic[P, R]):
    """A method with special behaviour, written once as a generator of calls (see :func:`flow`)."""

    def __init__(self, fn: Callable[Concatenate[Any, P], FlowGen[R]]) -> None:
        super().__init__(fn)

    @overload
    def __get__(self, obj: None, owner: Any) -> Self: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: Any) -> Callable[P, R]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: Any) -> Callable[P, Coroutine[Any, Any, R]]: ...
    @overload
    def __get__(self, obj: Resource[RawSync], owner: Any) -> Callable[P, APIResponse[R]]: ...
    @overload
    def __get__(
        self, obj: Resource[RawAsync], owner: Any
    ) -> Callable[P, Coroutine[Any, Any, AsyncAPIResponse[R]]]: ...
    @overload
    def __get__(
        self, obj: Resource[StreamingSync], owner: Any
    ) -> Callable[P, AbstractContextManager[APIResponse[R]]]: ...
    @overload
    def __get__(
        self, obj: Resource[StreamingAsync], owner: Any
    ) -> Callable[P, AbstractAsyncContextManager[AsyncAPIResponse[R]]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: Any) -> Any:
        return self._bind(obj)

    def _invoke(self, resource: Resource[Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        options = Call.pop_options(kwargs)
        return resource._client._dispatch_flow(self.fn(resource, *args, **kwargs), options)


def flow(fn: Callable[Concatenate[Any, P], FlowGen[R]]) -> Flow[P, R]:
    """Declare a method whose behaviour is special, once for sync and async.

    The function is a generator: it checks its input, yields each :class:`Call` it needs sent, receives the
    call's result, and returns the method's result. It declares ``**options: Unpack[CallOptions]`` so the
    signature shows the per-call options; they are applied to every call it yields, so it ignores them.
    """
    return Flow(fn)


class SplitFlow(Flow[P, Any], Generic[P, S, A]):
    """A flow whose result type differs by client: ``S`` on the sync client, ``A`` (awaited) on the async
    one, e.g. :class:`~imbrace.StreamedResponse` and :class:`~imbrace.AsyncStreamedResponse`. Only the
    types differ from :class:`Flow`: the flow builds the right object itself."""

    @overload
    def __get__(self, obj: None, owner: Any) -> Self: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: Any) -> Callable[P, S]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: Any) -> Callable[P, Coroutine[Any, Any, A]]: ...
    @overload
    def __get__(self, obj: Resource[Any], owner: Any) -> Callable[P, Any]: ...
    def __get__(self, obj: Resource[Any] | None, owner: Any) -> Any:
        return self._bind(obj)


def split_flow(
    sync_result: type[S], async_result: type[A]
) -> Callable[[Callable[Concatenate[Any, P], FlowGen[Any]]], SplitFlow[P, S, A]]:
    """``@split_flow(CompletionStream, AsyncCompletionStream)``: a :class:`SplitFlow` with those results."""

    def wrap(fn: Callable[Concatenate[Any, P], FlowGen[Any]]) -> SplitFlow[P, S, A]:
        declared: SplitFlow[P, S, A] = SplitFlow(fn)
        declared.returns = sync_result.__name__  # for api.md (scripts/api_md.py)
        return declared

    return wrap


def response_flow(
    fn: Callable[Concatenate[Any, P], FlowGen[Any]],
) -> SplitFlow[P, StreamedResponse, AsyncStreamedResponse]:
    """Like :func:`flow`, for a method that returns an open (streamed) response."""
    declared: SplitFlow[P, StreamedResponse, AsyncStreamedResponse] = SplitFlow(fn)
    declared.returns = "StreamedResponse"
    return declared


class IterFlow(_Declared, Generic[P, T]):
    """A method that yields items (a stream's text, every page's items), written once as an iterating flow.

    The sync client returns an ``Iterator[T]``, the async client an ``AsyncIterator[T]``. The flow runs up
    to its first request when the method is called, so bad input raises then, not on the first iteration.
    """

    def __init__(self, fn: Callable[Concatenate[Any, P], IterGen]) -> None:
        super().__init__(fn)

    @overload
    def __get__(self, obj: None, owner: Any) -> Self: ...
    @overload
    def __get__(
        self, obj: Resource[Sync] | Resource[RawSync] | Resource[StreamingSync], owner: Any
    ) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(
        self, obj: Resource[Async] | Resource[RawAsync] | Resource[StreamingAsync], owner: Any
    ) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: Any) -> Any:
        return self._bind(obj)

    def _invoke(self, resource: Resource[Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        options = Call.pop_options(kwargs)
        return resource._client._iterate(self.fn(resource, *args, **kwargs), options)


def iterator_of(item: type[T]) -> Callable[[Callable[Concatenate[Any, P], IterGen]], IterFlow[P, T]]:
    """``@iterator_of(str)``: declare a method that yields ``str`` items (see :class:`IterFlow`)."""

    def wrap(fn: Callable[Concatenate[Any, P], IterGen]) -> IterFlow[P, T]:
        declared: IterFlow[P, T] = IterFlow(fn)
        declared.returns = f"Iterator[{getattr(item, '__name__', item)}]"
        return declared

    return wrap


class Retired:
    """A method of the official package whose route is gone (see :func:`retired`)."""

    def __init__(self, instead: str) -> None:
        self.instead = instead
        self.name: str = "retired"
        self.qualified: str = "retired"

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.qualified = f"{owner.__module__.rsplit('.', 1)[-1]}.{name}"  # imbrace.resources.<namespace>

    @functools.cached_property
    def _function(self) -> Callable[..., NoReturn]:
        qualified, instead = self.qualified, self.instead

        def method(*args: Any, **kwargs: Any) -> NoReturn:
            raise RetiredMethodError(qualified, instead)

        method.__name__ = method.__qualname__ = self.name
        method.__doc__ = f"Retired upstream: raises RetiredMethodError and sends nothing. {instead}".rstrip()
        return method

    @overload
    def __get__(self, obj: None, owner: Any) -> Self: ...
    @overload
    def __get__(self, obj: object, owner: Any) -> Callable[..., NoReturn]: ...
    def __get__(self, obj: object | None, owner: Any) -> Any:
        return self if obj is None else self._function


def retired(instead: str = "") -> Retired:
    """``list_rooms = retired("Use client.conversations instead.")``: a method the official package has but
    the platform no longer serves. Called with any arguments, on either client, it raises
    :class:`~imbrace.RetiredMethodError` (its message says what to use ``instead``) and sends nothing."""
    return Retired(instead)
