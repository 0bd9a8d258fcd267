from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="AwsMarketplaceCustomer")


@_attrs_define(repr=False)
class AwsMarketplaceCustomer(WireAccess):
    """
    Attributes:
        customer_id (str | None):
        product_code (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "customerId": "customer_id",
        "productCode": "product_code",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "customerId",
            "productCode",
        }
    )

    customer_id: str | None = None
    product_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = UNSET if self.customer_id is None else self.customer_id

        product_code = UNSET if self.product_code is None else self.product_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if product_code is not UNSET:
            field_dict["productCode"] = product_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customerId", None)

        product_code = d.pop("productCode", None)

        aws_marketplace_customer = cls(
            customer_id=customer_id,
            product_code=product_code,
        )

        aws_marketplace_customer.additional_properties = d
        return aws_marketplace_customer

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
