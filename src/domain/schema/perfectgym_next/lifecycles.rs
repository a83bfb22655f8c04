//! PerfectGym Next / Magicline events that belong together, for the scenario generator. The documents
//! give no order between events and say nothing of ordering guarantees: this order is what the event
//! names imply (inferred), for one customer, whose customerId is every step's entityId.

use crate::domain::schema::delivery::{step, Lifecycle};

const DAY: u32 = 24 * 60;

pub static LIFECYCLES: [Lifecycle; 1] = [Lifecycle {
    name: "customer-lifecycle",
    description:
        "A customer is created, gets a main contract, checks in at a studio and checks out \
                  again: the same customer (entityId) throughout, one contract.",
    steps: &[
        step("CUSTOMER_CREATED", 0),
        step("CONTRACT_CREATED", 20),
        step("CUSTOMER_CHECKIN", 2 * DAY),
        step("CUSTOMER_CHECKOUT", 95),
    ],
}];
