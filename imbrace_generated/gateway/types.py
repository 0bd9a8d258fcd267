"""Contains some shared types for properties"""

# The one implementation lives in imbrace_generated.ai_agent.types (see the template header).
from ..ai_agent.types import (
    UNSET,
    File,
    FileContent,
    FileTypes,
    JSONObject,
    RequestFiles,
    Response,
    Unset,
    WireAccess,
    path_segment,
)

__all__ = [
    "UNSET",
    "File",
    "FileContent",
    "FileTypes",
    "JSONObject",
    "RequestFiles",
    "Response",
    "Unset",
    "WireAccess",
    "path_segment",
]
