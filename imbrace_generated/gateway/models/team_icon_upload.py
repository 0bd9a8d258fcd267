from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, WireAccess

T = TypeVar("T", bound="TeamIconUpload")


@_attrs_define(repr=False)
class TeamIconUpload(WireAccess):
    """
    Attributes:
        file (File): The image (its bytes).
        team_id (str | None): The team whose `icon_url` becomes the image's url (optional).
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file": "file",
        "team_id": "team_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "team_id",
        }
    )

    file: File
    team_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        team_id = UNSET if self.team_id is None else self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        _team_id = UNSET if self.team_id is None else self.team_id

        if not isinstance(_team_id, Unset):
            files.append(("team_id", (None, str(_team_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        team_id = d.pop("team_id", None)

        team_icon_upload = cls(
            file=file,
            team_id=team_id,
        )

        team_icon_upload.additional_properties = d
        return team_icon_upload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
