from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Channel")


@_attrs_define(repr=False)
class Channel(WireAccess):
    """A channel (docs:reference/channel.md): `type` is one of ChannelType (`web` included; the reply is not narrowed to
    the enum so a new platform type still reads), `config` its type-specific settings.

        Attributes:
            id (str):
            object_name (str | None):
            field_id (str | None):
            name (str | None):
            type_ (str | None):
            organization_id (str | None):
            business_unit_id (str | None):
            is_active (bool | None):
            is_default (bool | None):
            config (ChannelConfig | None):
            credential_id (str | None):
            page_id (str | None):
            email (str | None):
            phone_number_id (str | None):
            workflow_id (None | str):
            created_at (str | None):
            updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "object_name": "object_name",
        "_id": "field_id",
        "name": "name",
        "type": "type_",
        "organization_id": "organization_id",
        "business_unit_id": "business_unit_id",
        "is_active": "is_active",
        "is_default": "is_default",
        "config": "config",
        "credential_id": "credential_id",
        "page_id": "page_id",
        "email": "email",
        "phone_number_id": "phone_number_id",
        "workflow_id": "workflow_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "object_name",
            "_id",
            "name",
            "type",
            "organization_id",
            "business_unit_id",
            "is_active",
            "is_default",
            "config",
            "credential_id",
            "page_id",
            "email",
            "phone_number_id",
            "workflow_id",
            "created_at",
            "updated_at",
        }
    )

    id: str
    object_name: str | None = None
    field_id: str | None = None
    name: str | None = None
    type_: str | None = None
    organization_id: str | None = None
    business_unit_id: str | None = None
    is_active: bool | None = None
    is_default: bool | None = None
    config: ChannelConfig | None = None
    credential_id: str | None = None
    page_id: str | None = None
    email: str | None = None
    phone_number_id: str | None = None
    workflow_id: None | str = UNSET
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.workflow_id is None:
            nulls += ("workflow_id",)
        elif self.workflow_id is UNSET:
            self.workflow_id = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_name = UNSET if self.object_name is None else self.object_name

        field_id = UNSET if self.field_id is None else self.field_id

        name = UNSET if self.name is None else self.name

        type_ = UNSET if self.type_ is None else self.type_

        organization_id = UNSET if self.organization_id is None else self.organization_id

        business_unit_id = UNSET if self.business_unit_id is None else self.business_unit_id

        is_active = UNSET if self.is_active is None else self.is_active

        is_default = UNSET if self.is_default is None else self.is_default

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        credential_id = UNSET if self.credential_id is None else self.credential_id

        page_id = UNSET if self.page_id is None else self.page_id

        email = UNSET if self.email is None else self.email

        phone_number_id = UNSET if self.phone_number_id is None else self.phone_number_id

        _workflow_id = (
            UNSET if self.workflow_id is None and "workflow_id" not in self._explicit_nulls else self.workflow_id
        )

        workflow_id: None | str | Unset
        if isinstance(_workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = _workflow_id

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_name is not UNSET:
            field_dict["object_name"] = object_name
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if business_unit_id is not UNSET:
            field_dict["business_unit_id"] = business_unit_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if config is not UNSET:
            field_dict["config"] = config
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if page_id is not UNSET:
            field_dict["page_id"] = page_id
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_name = d.pop("object_name", None)

        field_id = d.pop("_id", None)

        name = d.pop("name", None)

        type_ = d.pop("type", None)

        organization_id = d.pop("organization_id", None)

        business_unit_id = d.pop("business_unit_id", None)

        is_active = d.pop("is_active", None)

        is_default = d.pop("is_default", None)

        _config = d.pop("config", None)
        config = None if _config is None else ChannelConfig.from_dict(_config)

        credential_id = d.pop("credential_id", None)

        page_id = d.pop("page_id", None)

        email = d.pop("email", None)

        phone_number_id = d.pop("phone_number_id", None)

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        channel = cls(
            id=id,
            object_name=object_name,
            field_id=field_id,
            name=name,
            type_=type_,
            organization_id=organization_id,
            business_unit_id=business_unit_id,
            is_active=is_active,
            is_default=is_default,
            config=config,
            credential_id=credential_id,
            page_id=page_id,
            email=email,
            phone_number_id=phone_number_id,
            workflow_id=workflow_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        channel.additional_properties = d
        return channel

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_config import ChannelConfig
