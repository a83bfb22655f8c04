//! Perfect Gym events that belong together, for the scenario generator. The document lists events,
//! not their order: each order here is the one the events' own descriptions imply (a standby booking is
//! promoted, then may be cancelled), not an order Perfect Gym documents.

use super::delivery::{step, Lifecycle};

/// Minutes in a day, for steps on a later day.
const DAY: u32 = 24 * 60;

pub static LIFECYCLES: [Lifecycle; 3] = [
    Lifecycle {
        name: "new-member",
        description:
            "A new member's first days: their user record, a contract and its first payment, a \
                      class booking, then arriving at the club (presence, then the card scan).",
        steps: &[
            step("UserModified", 0),
            step("ContractCreated", 12),
            step("ContractPaymentDone", 3),
            step("ClassesBooked", 40),
            step("UserPresenceChanged", DAY),
            step("UserCardScanned", 1),
        ],
    },
    Lifecycle {
        name: "class-waitlist",
        description:
            "A full class: the member is booked on the standby list, promoted to the class \
                      (\"check previous webhooks\", the document says), then cancels.",
        steps: &[
            step("ClassesBookedOnStadbyList", 0),
            step("ClassesBookingPromotedFromStandbyList", 95),
            step("ClassesBookingCancelled", 300),
        ],
    },
    Lifecycle {
        name: "personal-training",
        description:
            "Two personal training bookings, the second cancelled, then the member arrives for \
                      the first: each booking keeps its own id.",
        steps: &[
            step("PersonalTrainingBooked", 0),
            step("PersonalTrainingBooked", 20).fresh(&["personalTrainingBookingId"]),
            step("PersonalTrainingBookingCancelled", 180),
            step("UserCardScanned", DAY),
            step("UserPresenceChanged", 1),
        ],
    },
];
