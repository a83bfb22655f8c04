//! GymOS payload objects about money and stock: credit, order, paymentLink, inventory.
//! Decimal fields are all `decimal?` in the document; its examples send integers for some.

use crate::domain::schema::types::FieldType as T;
use crate::domain::schema::types::{field, Moment, ObjectDecl, Provenance, Sample as S, Span};

pub static CREDIT: ObjectDecl = ObjectDecl {
    name: "credit",
    description: "The credit record an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("cost", T::Decimal, "Cost of credit pack.")
            .nullable()
            .example("149.99")
            .sample(S::Money),
        field("creditPack", T::String, "Pack name.").example(r#""8 Session Pack (28 days)""#),
        field("creditsIssued", T::Int, "Total credits issued.").example("8"),
        field("creditsRemaining", T::Int, "Credits remaining.").example("8"),
        field("id", T::Guid, "Credit record ID.")
            .nullable()
            .example(r#""79871a93-7f43-4a71-b0d8-b83ea5b3d69f""#),
        field("issuedUtc", T::DateTime, "Issued timestamp.")
            .utc()
            .example(r#""2025-11-26T16:02:02.7783681Z""#),
        field("validFromType", T::String, "How validity begins.").example(r#""Immediate""#),
        field("validFromUtc", T::DateTime, "Valid-from timestamp.")
            .utc()
            .nullable()
            .example(r#""2025-11-27T00:00:00+00:00""#)
            .sample(S::Time(Moment::Start(Span::Validity))),
        field("validToType", T::String, "How validity expires.").example(r#""Fixed period""#),
        field("validToUtc", T::DateTime, "Expiry timestamp.")
            .utc()
            .nullable()
            .example(r#""2025-12-25T00:00:00+00:00""#)
            .sample(S::Time(Moment::End(Span::Validity))),
    ],
};

pub static ORDER: ObjectDecl = ObjectDecl {
    name: "order",
    description: "The order an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Order ID.")
            .nullable()
            .example(r#""a0b2222a-80e1-47b8-a3c4-d36333ccde92""#),
        field("placedUtc", T::DateTime, "When the order was placed.")
            .utc()
            .example(r#""2025-11-26T16:02:02.7813682Z""#),
        field("reference", T::String, "Order reference code.").example(r#""ORD12345""#),
        field("grossTotal", T::Decimal, "Gross total amount.")
            .nullable()
            .example("99.99")
            .sample(S::Money),
        field("itemCount", T::Int, "Number of items in the order.").example("1"),
    ],
};

pub static PAYMENT_LINK: ObjectDecl = ObjectDecl {
    name: "paymentLink",
    description: "The payment link an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Payment link ID.")
            .nullable()
            .example(r#""299addec-2a54-4b5a-9741-1bf150e3fcca""#),
        field("linkType", T::String, "Link type.").example(r#""Reusable""#),
        field("targetType", T::String, "Entity the link is for.").example(r#""Member""#),
        field("title", T::String, "Link title.").example(r#""Christmas meal deposit""#),
        field("description", T::String, "Link description.")
            .example(
                r#""Non-refundable deposit for the Christmas meal. Remainder to be paid at the event.""#,
            )
            .sample(S::FreeText),
        field("amount", T::Decimal, "Amount requested or paid.")
            .nullable()
            .example("20")
            .sample(S::Money),
    ],
};

pub static INVENTORY: ObjectDecl = ObjectDecl {
    name: "inventory",
    description: "The inventory item variant an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Variant ID.")
            .nullable()
            .example(r#""ed874620-38fd-4c36-9a67-c5acd761e9bf""#),
        field("itemName", T::String, "Product name.").example(r#""Weight Training Gloves""#),
        field("variantName", T::String, "Variant name (size/colour).")
            .example(r#""Large - Black""#),
        field("description", T::String, "Description.")
            .example(r#""Durable fitness gloves to protect your hands during weight training.""#)
            .sample(S::FreeText),
        field("stockLevel", T::Int, "Current stock.").example("3"),
    ],
};
