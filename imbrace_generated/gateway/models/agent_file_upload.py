from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, Unset, WireAccess

T = TypeVar("T", bound="AgentFileUpload")


@_attrs_define(repr=False)
class AgentFileUpload(WireAccess):
    """
    Attributes:
        file (File): The file (its bytes).
        agent_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file": "file",
        "agent_id": "agent_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "agent_id",
        }
    )

    file: File
    agent_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        agent_id = UNSET if self.agent_id is None else self.agent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        _agent_id = UNSET if self.agent_id is None else self.agent_id

        if not isinstance(_agent_id, Unset):
            files.append(("agent_id", (None, str(_agent_id).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        agent_id = d.pop("agent_id", None)

        agent_file_upload = cls(
            file=file,
            agent_id=agent_id,
        )

        return agent_file_upload
