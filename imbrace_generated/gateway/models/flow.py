from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_status import FlowStatus, check_flow_status
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Flow")


@_attrs_define
class Flow(WireAccess):
    """
    Attributes:
        id (str):
        project_id (str | Unset):
        folder_id (None | str | Unset):
        status (FlowStatus | Unset):
        published_version_id (None | str | Unset):
        created (str | Unset):
        updated (str | Unset):
        version (FlowVersion | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "projectId": "project_id",
        "folderId": "folder_id",
        "status": "status",
        "publishedVersionId": "published_version_id",
        "created": "created",
        "updated": "updated",
        "version": "version",
    }

    id: str
    project_id: str | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    status: FlowStatus | Unset = UNSET
    published_version_id: None | str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    version: FlowVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        published_version_id: None | str | Unset
        if isinstance(self.published_version_id, Unset):
            published_version_id = UNSET
        else:
            published_version_id = self.published_version_id

        created = self.created

        updated = self.updated

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if folder_id is not UNSET:
            field_dict["folderId"] = folder_id
        if status is not UNSET:
            field_dict["status"] = status
        if published_version_id is not UNSET:
            field_dict["publishedVersionId"] = published_version_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("projectId", UNSET)

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folderId", UNSET))

        _status = d.pop("status", UNSET)
        status: FlowStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_flow_status(_status)

        def _parse_published_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_version_id = _parse_published_version_id(d.pop("publishedVersionId", UNSET))

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        _version = d.pop("version", UNSET)
        version: FlowVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = FlowVersion.from_dict(_version)

        flow = cls(
            id=id,
            project_id=project_id,
            folder_id=folder_id,
            status=status,
            published_version_id=published_version_id,
            created=created,
            updated=updated,
            version=version,
        )

        flow.additional_properties = d
        return flow

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.flow_version import FlowVersion
