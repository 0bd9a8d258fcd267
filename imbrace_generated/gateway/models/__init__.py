"""Contains all the data models used in inputs/outputs (imported lazily, on first access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .llm_model import LlmModel
    from .llm_model_list import LlmModelList

_MODULE_OF: dict[str, str] = {
    "Error": ".error",
    "LlmModel": ".llm_model",
    "LlmModelList": ".llm_model_list",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "Error",
    "LlmModel",
    "LlmModelList",
)
