//! GymOS events that belong together, for the scenario generator. GymOS publishes no event list, let
//! alone an order: each order here is the one the event names imply (field-notes.md), for one person.
//! A lead and the member it becomes carry separate ids: the document says nothing linking them.

use crate::domain::schema::delivery::{step, Lifecycle};

const DAY: u32 = 24 * 60;

pub static LIFECYCLES: [Lifecycle; 3] = [
    Lifecycle {
        name: "lead-to-member",
        description: "A lead is created, books and attends an appointment, converts, and gets a \
                      membership: the subject moves from LEAD to MEMBER (the same person throughout).",
        steps: &[
            step("Lead created", 0),
            step("Lead appointment booked", 25),
            step("Lead appointment attended", 2 * DAY),
            step("Lead converted", 30),
            step("Membership added", 5),
        ],
    },
    Lifecycle {
        name: "session-booking",
        description: "A member books a session, then another one later in the week: the same member, \
                      two sessions and two bookings with their own ids.",
        steps: &[
            step("Session Booked", 0),
            step("Session Booked", 3 * 60).fresh(&["session", "booking"]),
        ],
    },
    Lifecycle {
        name: "membership-cancelled",
        description: "A membership is added and starts, a payment fails, and the membership is \
                      cancelled: one membership id throughout.",
        steps: &[
            step("Membership added", 0),
            step("Membership started", DAY),
            step("Membership payment failure", 30 * DAY),
            step("Membership Cancelled", 3 * DAY),
        ],
    },
];
