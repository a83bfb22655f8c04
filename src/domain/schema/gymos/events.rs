//! GymOS event names: the one the payload document shows plus those field-notes.md collected
//! from vendor help pages and receiver code. Not a complete list; GymOS publishes none.

use super::payload_leads::{CAMPAIGN, LEAD_APPOINTMENT};
use super::payload_members::{MEMBERSHIP, SCHEDULED_ABSENCE};
use super::payload_sessions::{BOOKING, SESSION};
use super::subject::{LEAD_KIND, MEMBER_KIND};
use crate::domain::schema::types::{EventDecl, ObjectDecl, Provenance, SubjectKind};

/// An event known only from help pages / receiver code (field-notes.md).
const fn seen(
    name: &'static str,
    description: &'static str,
    subject: &'static SubjectKind,
    objects: &'static [&'static ObjectDecl],
) -> EventDecl {
    EventDecl {
        name,
        description,
        provenance: Provenance::Observed,
        aliases: &[],
        data: None,
        subject: Some(subject),
        subject_type: Some(subject.value),
        objects,
        entity: None,
    }
}

const MEMBERSHIP_EVENT: &str = "Trigger name seen in GymOS help pages and receiver code; \
     receiver code reads payload.membership on membership events.";
const APPOINTMENT_EVENT: &str = "Trigger name seen in GymOS help pages and receiver code; \
     lead events carry subjectType LEAD, the appointment is in payload.leadAppointment.";
const LEAD_EVENT: &str = "Trigger name seen in GymOS help pages and receiver code; \
     lead events carry subjectType LEAD. Which payload objects it fills is not published.";
const ABSENCE_EVENT: &str = "Trigger name seen in GymOS help pages and receiver code; \
     payload objects map by name, so the absence is in payload.scheduledAbsence.";

pub static EVENTS: [EventDecl; 16] = [
    EventDecl {
        name: "Session Booked",
        description: "The eventType of the payload document's own example; receiver code \
                      spells it \"Session booked\" and reads payload.session and payload.booking.",
        provenance: Provenance::Documented,
        aliases: &[],
        data: None,
        subject: Some(&MEMBER_KIND),
        subject_type: Some(MEMBER_KIND.value),
        objects: &[&SESSION, &BOOKING],
        entity: None,
    },
    seen(
        "Membership added",
        MEMBERSHIP_EVENT,
        &MEMBER_KIND,
        &[&MEMBERSHIP],
    ),
    seen(
        "Membership started",
        MEMBERSHIP_EVENT,
        &MEMBER_KIND,
        &[&MEMBERSHIP],
    ),
    seen(
        "Membership Cancelled",
        MEMBERSHIP_EVENT,
        &MEMBER_KIND,
        &[&MEMBERSHIP],
    ),
    seen(
        "Membership payment failure",
        MEMBERSHIP_EVENT,
        &MEMBER_KIND,
        &[&MEMBERSHIP],
    ),
    seen(
        "Membership Anniversary",
        MEMBERSHIP_EVENT,
        &MEMBER_KIND,
        &[&MEMBERSHIP],
    ),
    seen("Lead created", LEAD_EVENT, &LEAD_KIND, &[]),
    seen("Lead converted", LEAD_EVENT, &LEAD_KIND, &[]),
    seen("Lead ingested from Meta", LEAD_EVENT, &LEAD_KIND, &[]),
    seen(
        "Lead campaign sign-up",
        "Trigger name seen in GymOS help pages and receiver code; lead events carry \
         subjectType LEAD, payload objects map by name, so the campaign is in payload.campaign.",
        &LEAD_KIND,
        &[&CAMPAIGN],
    ),
    seen(
        "Lead appointment booked",
        APPOINTMENT_EVENT,
        &LEAD_KIND,
        &[&LEAD_APPOINTMENT],
    ),
    seen(
        "Lead appointment cancelled",
        APPOINTMENT_EVENT,
        &LEAD_KIND,
        &[&LEAD_APPOINTMENT],
    ),
    seen(
        "Lead appointment attended",
        APPOINTMENT_EVENT,
        &LEAD_KIND,
        &[&LEAD_APPOINTMENT],
    ),
    seen(
        "Scheduled absence created",
        ABSENCE_EVENT,
        &MEMBER_KIND,
        &[&SCHEDULED_ABSENCE],
    ),
    seen(
        "Scheduled absence commenced",
        ABSENCE_EVENT,
        &MEMBER_KIND,
        &[&SCHEDULED_ABSENCE],
    ),
    seen(
        "Scheduled absence concluded",
        ABSENCE_EVENT,
        &MEMBER_KIND,
        &[&SCHEDULED_ABSENCE],
    ),
];
