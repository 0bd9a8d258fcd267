from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_status import FlowStatus, check_flow_status
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Flow")


@_attrs_define(repr=False)
class Flow(WireAccess):
    """
    Attributes:
        id (str):
        project_id (str | None):
        folder_id (None | str):
        status (FlowStatus | None):
        published_version_id (None | str):
        created (str | None):
        updated (str | None):
        version (FlowVersion | None):
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
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "projectId",
            "folderId",
            "status",
            "publishedVersionId",
            "created",
            "updated",
            "version",
        }
    )

    id: str
    project_id: str | None = None
    folder_id: None | str = UNSET
    status: FlowStatus | None = None
    published_version_id: None | str = UNSET
    created: str | None = None
    updated: str | None = None
    version: FlowVersion | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.folder_id is None:
            nulls += ("folderId",)
        elif self.folder_id is UNSET:
            self.folder_id = None
        if self.published_version_id is None:
            nulls += ("publishedVersionId",)
        elif self.published_version_id is UNSET:
            self.published_version_id = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = UNSET if self.project_id is None else self.project_id

        _folder_id = UNSET if self.folder_id is None and "folderId" not in self._explicit_nulls else self.folder_id

        folder_id: None | str | Unset
        if isinstance(_folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = _folder_id

        _status = UNSET if self.status is None else self.status

        status: str | Unset = UNSET
        if not isinstance(_status, Unset):
            status = _status

        _published_version_id = (
            UNSET
            if self.published_version_id is None and "publishedVersionId" not in self._explicit_nulls
            else self.published_version_id
        )

        published_version_id: None | str | Unset
        if isinstance(_published_version_id, Unset):
            published_version_id = UNSET
        else:
            published_version_id = _published_version_id

        created = UNSET if self.created is None else self.created

        updated = UNSET if self.updated is None else self.updated

        _version = UNSET if self.version is None else self.version

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(_version, Unset):
            version = _version.to_dict()

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

        project_id = d.pop("projectId", None)

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folderId", UNSET))

        _status = d.pop("status", None)
        status = None if _status is None else check_flow_status(_status)

        def _parse_published_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_version_id = _parse_published_version_id(d.pop("publishedVersionId", UNSET))

        created = d.pop("created", None)

        updated = d.pop("updated", None)

        _version = d.pop("version", None)
        version = None if _version is None else FlowVersion.from_dict(_version)

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
