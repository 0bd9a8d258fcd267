from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="AwsOrganizationCreate")


@_attrs_define(repr=False)
class AwsOrganizationCreate(WireAccess):
    """A new organization for an AWS Marketplace customer (fields are our reading).

    Attributes:
        name (str | None):
        customer_identifier (str | None):
        product_code (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "customer_identifier": "customer_identifier",
        "product_code": "product_code",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "customer_identifier",
            "product_code",
        }
    )

    name: str | None = None
    customer_identifier: str | None = None
    product_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        customer_identifier = UNSET if self.customer_identifier is None else self.customer_identifier

        product_code = UNSET if self.product_code is None else self.product_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if customer_identifier is not UNSET:
            field_dict["customer_identifier"] = customer_identifier
        if product_code is not UNSET:
            field_dict["product_code"] = product_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        customer_identifier = d.pop("customer_identifier", None)

        product_code = d.pop("product_code", None)

        aws_organization_create = cls(
            name=name,
            customer_identifier=customer_identifier,
            product_code=product_code,
        )

        aws_organization_create.additional_properties = d
        return aws_organization_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
