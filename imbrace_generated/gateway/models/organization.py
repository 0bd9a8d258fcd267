from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="Organization")


@_attrs_define(repr=False)
class Organization(WireAccess):
    """An organization (the fields of the incumbent's model).

    Attributes:
        id (str):
        field_id (str | None):
        name (str | None):
        slug (str | None):
        description (str | None):
        logo_url (str | None):
        owner_id (str | None):
        plan (str | None):
        is_active (bool | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "_id": "field_id",
        "name": "name",
        "slug": "slug",
        "description": "description",
        "logo_url": "logo_url",
        "owner_id": "owner_id",
        "plan": "plan",
        "is_active": "is_active",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "_id",
            "name",
            "slug",
            "description",
            "logo_url",
            "owner_id",
            "plan",
            "is_active",
            "created_at",
            "updated_at",
        }
    )

    id: str
    field_id: str | None = None
    name: str | None = None
    slug: str | None = None
    description: str | None = None
    logo_url: str | None = None
    owner_id: str | None = None
    plan: str | None = None
    is_active: bool | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_id = UNSET if self.field_id is None else self.field_id

        name = UNSET if self.name is None else self.name

        slug = UNSET if self.slug is None else self.slug

        description = UNSET if self.description is None else self.description

        logo_url = UNSET if self.logo_url is None else self.logo_url

        owner_id = UNSET if self.owner_id is None else self.owner_id

        plan = UNSET if self.plan is None else self.plan

        is_active = UNSET if self.is_active is None else self.is_active

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if plan is not UNSET:
            field_dict["plan"] = plan
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        field_id = d.pop("_id", None)

        name = d.pop("name", None)

        slug = d.pop("slug", None)

        description = d.pop("description", None)

        logo_url = d.pop("logo_url", None)

        owner_id = d.pop("owner_id", None)

        plan = d.pop("plan", None)

        is_active = d.pop("is_active", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        organization = cls(
            id=id,
            field_id=field_id,
            name=name,
            slug=slug,
            description=description,
            logo_url=logo_url,
            owner_id=owner_id,
            plan=plan,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
        )

        organization.additional_properties = d
        return organization

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
