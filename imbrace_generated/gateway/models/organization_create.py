from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="OrganizationCreate")


@_attrs_define(repr=False)
class OrganizationCreate(WireAccess):
    """A new organization (the incumbent's Organization model's fields; only `name` is read by the mock).

    Attributes:
        name (str | None):
        slug (str | None):
        description (str | None):
        logo_url (str | None):
        plan (str | None):
        metadata (OrganizationCreateMetadata | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "slug": "slug",
        "description": "description",
        "logo_url": "logo_url",
        "plan": "plan",
        "metadata": "metadata",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "slug",
            "description",
            "logo_url",
            "plan",
            "metadata",
        }
    )

    name: str | None = None
    slug: str | None = None
    description: str | None = None
    logo_url: str | None = None
    plan: str | None = None
    metadata: OrganizationCreateMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        slug = UNSET if self.slug is None else self.slug

        description = UNSET if self.description is None else self.description

        logo_url = UNSET if self.logo_url is None else self.logo_url

        plan = UNSET if self.plan is None else self.plan

        _metadata = UNSET if self.metadata is None else self.metadata

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata, Unset):
            metadata = _metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if plan is not UNSET:
            field_dict["plan"] = plan
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        slug = d.pop("slug", None)

        description = d.pop("description", None)

        logo_url = d.pop("logo_url", None)

        plan = d.pop("plan", None)

        _metadata = d.pop("metadata", None)
        metadata = None if _metadata is None else OrganizationCreateMetadata.from_dict(_metadata)

        organization_create = cls(
            name=name,
            slug=slug,
            description=description,
            logo_url=logo_url,
            plan=plan,
            metadata=metadata,
        )

        organization_create.additional_properties = d
        return organization_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.organization_create_metadata import OrganizationCreateMetadata
