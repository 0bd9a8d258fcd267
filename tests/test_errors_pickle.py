"""Every exception class survives pickle with its type, message, status and body (issue 15, "Errors that
travel"), so an error raised in a ProcessPoolExecutor worker reaches the parent as itself."""

from __future__ import annotations

import inspect
import pickle
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

import pytest

import imbrace
from imbrace import _errors

BODY = {"message": "no such team", "details": [{"field": "team_id"}]}


def every_class() -> list[type[BaseException]]:
    classes = {
        obj
        for module in (_errors, imbrace)
        for obj in vars(module).values()
        if inspect.isclass(obj) and issubclass(obj, _errors.ImbraceError)
    }
    return sorted(classes, key=lambda c: c.__name__)


def make(cls: type[BaseException]) -> BaseException:
    """One instance of ``cls`` with every field set, as the SDK raises it."""
    http = {"method": "GET", "url": "https://gw.example.com/x", "body": BODY, "request_id": "req_1"}
    if cls is _errors.InvalidRequestError:
        return cls("body.name", "must not be empty")
    if cls is _errors.RetiredMethodError:
        return cls("platform.list_rooms", "Use conversations.list.")
    if cls is _errors.StreamEventError:
        return cls("model overloaded", partial_text="Hel", **http)
    if cls is _errors.StreamAbortedError:
        return cls("user stopped", partial_text="Hel", **http)
    if issubclass(cls, _errors.StreamError):
        return cls("stream broke", partial_text="Hel", **http)
    if issubclass(cls, _errors.APIStatusError):
        status = cls.status_code or 418
        return cls("boom", status_code=status, headers={"x-request-id": "req_1"}, retries_taken=2, **http)
    if issubclass(cls, _errors.APIError):
        return cls("boom", retries_taken=1, **http)
    return cls("boom")


def test_there_are_many_classes() -> None:
    assert len(every_class()) >= 27


@pytest.mark.parametrize("cls", every_class(), ids=lambda c: c.__name__)
def test_every_error_class_survives_pickle(cls: type[BaseException]) -> None:
    exc = make(cls)
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc)
    assert str(back) == str(exc)
    assert back.args == exc.args
    assert vars(back) == vars(exc)
    for name in ("status_code", "message", "body", "request_id", "partial_text", "error_text", "param"):
        assert getattr(back, name, None) == getattr(exc, name, None), name


def test_a_status_error_keeps_status_and_body_after_pickle() -> None:
    exc = _errors.APIStatusError("404 from GET /teams/x", status_code=404, body=BODY)
    back = pickle.loads(pickle.dumps(exc))
    assert isinstance(back, _errors.NotFoundError) and isinstance(back, _errors.ApiError)
    assert (back.status_code, back.body, back.message) == (404, BODY, "404 from GET /teams/x")


def raise_in_worker(name: str) -> Any:
    raise make(getattr(_errors, name))


def test_an_error_raised_in_a_process_pool_worker_reaches_the_parent_as_itself() -> None:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        future = pool.submit(raise_in_worker, "RateLimitError")
        with pytest.raises(_errors.RateLimitError) as info:
            future.result(timeout=60)
    assert info.value.status_code == 429
    assert info.value.body == BODY
