//! The 44 event types of the newest event-types page, in its order: what fires each, what `entityId` is
//! for it, and its `content`. An event seen on a PerfectGym Next page is documented; the others are
//! documented for Magicline only (the "PG page" column of docs/specs/sportalliance-webhooks.md §3, which
//! `tests` reads back). Descriptions start with the table's own words.

use super::content::{
    AGGREGATOR, AUTOMATIC_CHECKOUT, CHECKIN_STUDIOS, CLASS_SLOT, CLASS_SLOT_ML, CONTRACT_CHANGE,
    CONTRACT_CHANGE_ML, DEBT_CASE, HOME_STUDIO, IDLE_PERIOD, MODULE_CANCELLED, MODULE_CHANGE, NONE,
    NONE_ML, UNDOCUMENTED,
};
use super::ML;
use crate::domain::schema::types::{EventDecl, ObjectDecl, Provenance};

const DOC: Provenance = Provenance::Documented;

const fn event(
    name: &'static str,
    description: &'static str,
    entity: Option<&'static str>,
    content: &'static ObjectDecl,
    provenance: Provenance,
) -> EventDecl {
    EventDecl {
        name,
        description,
        provenance,
        aliases: &[],
        data: Some(content),
        subject: None,
        subject_type: None,
        objects: &[],
        entity,
    }
}

#[rustfmt::skip]
pub static EVENTS: [EventDecl; 44] = [
    event("ADDITIONAL_INFORMATION_FIELDS_UPDATED", "An additional-information field is updated.", Some("studioId"), &NONE, DOC),
    event("AGGREGATOR_MEMBER_CREATED", "An aggregator member is created.", Some("customerId"), &AGGREGATOR, DOC),
    event("APPOINTMENT_BOOKING_CANCELLED", "An appointment booking is cancelled.", Some("bookingId"), &NONE, DOC),
    event("APPOINTMENT_BOOKING_CREATED", "An appointment booking is created.", Some("bookingId"), &NONE, DOC),
    event("APPOINTMENT_BOOKING_UPDATED", "An appointment booking's time or resource changes. Resource changes fire it since Open API 1.4.8.", Some("bookingId"), &NONE, DOC),
    event("AUTOMATIC_CUSTOMER_CHECKOUT", "One or more customers are checked out automatically.", Some("studioId"), &AUTOMATIC_CHECKOUT, DOC),
    event("CONTRACT_ADDITIONAL_MODULE_CREATED", "An additional module is created on a contract.", Some("customerId"), &MODULE_CHANGE, DOC),
    event("CONTRACT_ADDITIONAL_MODULE_DELETED", "An additional module is deleted.", Some("customerId"), &MODULE_CHANGE, DOC),
    event("CONTRACT_ADDITIONAL_MODULE_UPDATED", "An additional module is updated.", Some("customerId"), &MODULE_CHANGE, DOC),
    event("CONTRACT_ADDITIONAL_MODULE_CANCELLED", "An additional module is cancelled.", Some("customerId"), &MODULE_CANCELLED, DOC),
    event("CONTRACT_UPDATED", "A contract changes.", Some("customerId"), &CONTRACT_CHANGE, DOC),
    event("CONTRACT_CREATED", "A main contract is created. Additional modules have events of their own.", Some("customerId"), &CONTRACT_CHANGE, DOC),
    event("CONTRACT_CANCELLED", "A contract is cancelled.", Some("customerId"), &CONTRACT_CHANGE_ML, ML),
    event("CONTRACT_IDLE_PERIOD_CREATED", "An idle period is created on a contract.", Some("customerId"), &IDLE_PERIOD, ML),
    event("CONTRACT_IDLE_PERIOD_CANCELLED", "An idle period is removed.", Some("customerId"), &IDLE_PERIOD, ML),
    event("CONTRACT_IDLE_PERIOD_UPDATED", "An idle period is updated.", Some("customerId"), &IDLE_PERIOD, ML),
    event("CUSTOMER_ACCESS_MEDIUM_CREATED", "An access medium is created for a customer.", Some("customerId"), &NONE_ML, ML),
    event("CUSTOMER_ACCESS_MEDIUM_UPDATED", "An access medium is updated.", Some("customerId"), &NONE_ML, ML),
    event("CUSTOMER_ACCESS_MEDIUM_DELETED", "An access medium is removed.", Some("customerId"), &NONE_ML, ML),
    event("CUSTOMER_ACCESS_RESTRICTION_CREATED", "An access restriction is created.", Some("customerId"), &NONE_ML, ML),
    event("CUSTOMER_ACCESS_RESTRICTION_DELETED", "An access restriction is removed.", Some("customerId"), &NONE_ML, ML),
    event("CUSTOMER_CHECKIN", "A customer physically checks in at a facility.", Some("customerId"), &NONE, DOC),
    event("CUSTOMER_CHECKOUT", "A customer physically checks out.", Some("customerId"), &NONE, DOC),
    event("CUSTOMER_CHECKIN_STUDIOS_UPDATED", "A customer's check-in studios are updated.", Some("customerId"), &CHECKIN_STUDIOS, ML),
    event("CUSTOMER_CREATED", "A customer is created at a facility.", Some("customerId"), &NONE, DOC),
    event("CUSTOMER_DELETED", "A customer is deleted.", Some("customerId"), &NONE, DOC),
    event("CUSTOMER_UPDATED", "A customer's data changes.", Some("customerId"), &NONE, DOC),
    event("CUSTOMER_COMMUNICATION_PREFERENCES_UPDATED", "A customer's communication preferences change.", Some("customerId"), &NONE, DOC),
    event("CUSTOMER_ACCESS_DISABLED", "A customer's access is disabled. The customer's data can no longer be requested after this event.", Some("customerId"), &NONE_ML, ML),
    event("CUSTOMER_HOME_STUDIO_UPDATED", "A customer's home studio changes.", Some("customerId"), &HOME_STUDIO, ML),
    event("CLASS_BOOKING_CANCELLED", "A class booking is cancelled.", Some("bookingId"), &NONE, DOC),
    event("CLASS_BOOKING_CREATED", "A class booking is created.", Some("bookingId"), &NONE, DOC),
    event("CLASS_BOOKING_UPDATED", "A class booking is updated.", Some("bookingId"), &NONE, DOC),
    event("CLASS_SLOT_CANCELLED", "A class slot is cancelled.", Some("classSlotId"), &CLASS_SLOT, DOC),
    event("CLASS_SLOT_UPDATED", "A class slot's time or resource changes.", Some("classSlotId"), &CLASS_SLOT_ML, DOC),
    event("DEVICE_CREATED", "A device is created.", Some("deviceId"), &NONE_ML, ML),
    event("EMPLOYEE_CREATED", "An employee is created at a facility.", Some("employeeId"), &NONE_ML, ML),
    event("EMPLOYEE_DELETED", "An employee is deleted.", Some("employeeId"), &NONE_ML, ML),
    event("EMPLOYEE_UPDATED", "An employee's data changes.", Some("employeeId"), &NONE_ML, ML),
    event("FINANCE_DEBT_COLLECTION_RUN_CREATED", "A debt collection run is created. It fires once a studio verifies the run and does not include the debt cases themselves.", Some("debtCollectionRunId"), &NONE_ML, ML),
    event("FINANCE_DEBT_COLLECTION_CONFIGURATION_UPDATED", "The debt collection configuration is updated. What entityId is for it is not documented (one public package assumes a studioId: observed, not documented).", None, &UNDOCUMENTED, ML),
    event("FINANCE_DEBT_COLLECTION_CASE_UPDATED", "A debt collection case is updated.", Some("caseAdjustmentRequestId"), &DEBT_CASE, ML),
    event("STUDIO_OPENING_HOURS_UPDATED", "A studio's opening hours are updated.", Some("studioId"), &NONE_ML, ML),
    event("TAX_ADVISOR_EXPORT_CREATED", "A tax-advisor export is created.", Some("exportId"), &NONE_ML, ML),
];
