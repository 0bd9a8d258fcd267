from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="FolderContents")


@_attrs_define(repr=False)
class FolderContents(WireAccess):
    """
    Attributes:
        files (list[KnowledgeFile]):
        folder (Folder | None): A Knowledge Hub folder; its `_id` goes into an assistant's `folder_ids`.
        folders (list[Folder] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "files": "files",
        "folder": "folder",
        "folders": "folders",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "folder",
            "folders",
        }
    )

    files: list[KnowledgeFile]
    folder: Folder | None = None
    folders: list[Folder] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        _folder = UNSET if self.folder is None else self.folder

        folder: dict[str, Any] | Unset = UNSET
        if not isinstance(_folder, Unset):
            folder = _folder.to_dict()

        _folders = UNSET if self.folders is None else self.folders

        folders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_folders, Unset):
            folders = []
            for folders_item_data in _folders:
                folders_item = folders_item_data.to_dict()
                folders.append(folders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "files": files,
            }
        )
        if folder is not UNSET:
            field_dict["folder"] = folder
        if folders is not UNSET:
            field_dict["folders"] = folders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = KnowledgeFile.from_dict(files_item_data)

            files.append(files_item)

        _folder = d.pop("folder", None)
        folder = None if _folder is None else Folder.from_dict(_folder)

        _folders = d.pop("folders", UNSET)
        folders: list[Folder] | Unset = UNSET
        if _folders is not UNSET:
            folders = []
            for folders_item_data in _folders:
                folders_item = Folder.from_dict(folders_item_data)

                folders.append(folders_item)

        if folders is UNSET:
            folders = None

        folder_contents = cls(
            files=files,
            folder=folder,
            folders=folders,
        )

        folder_contents.additional_properties = d
        return folder_contents

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.folder import Folder
from ..models.knowledge_file import KnowledgeFile
