//! What kind of realistic value a field holds, for the example generator: a hint declared next to the
//! field (`.sample(Sample::Venue)`), so generated events follow the same declarations as validation.

/// The kind of value to generate for a field. `Auto` derives it from the field's type and example.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sample {
    /// From the type and the vendor's example: the example for text, ints and booleans, a
    /// variation keeping its decimal places for decimals, a fresh id for GUIDs, a recent time.
    Auto,
    /// The subject person's first / last / full name (one person per generated event).
    FirstName,
    LastName,
    FullName,
    /// Courtesy title matching the subject person (Mr., Ms., ...).
    Title,
    Gender,
    /// An address on a reserved example domain (example.com / .org / .net).
    Email,
    /// A number in a range reserved for drama (UK +44 7700 900xxx).
    Phone,
    /// Someone close to the subject person (shares the last name), e.g. an emergency contact.
    Relative,
    /// A staff member: coach, mentor, whoever recorded something.
    Staff,
    /// The subject's home address on one line; its parts below.
    Address,
    AddressLine,
    City,
    County,
    Postcode,
    /// The club's registered and trading names.
    BusinessName,
    TradingName,
    /// One of the club's venues and an area inside it.
    Venue,
    VenueArea,
    /// A class or session type ("Small Group 1:6").
    SessionType,
    /// The membership plan / payment plan the subject holds.
    MembershipPlan,
    /// An amount of money with two decimals.
    Money,
    /// A Perfect Gym int64 id.
    PgmId,
    /// An int64 id of the kind the field's name says (`contractId`): within one event the same name
    /// always gets the same id, so ids agree across fields.
    Id,
    /// The vendor's entity id (`VendorDecl::entity_field`): the id of the kind the event's `entity`
    /// names, the same one a field of that name gets.
    Entity,
    /// The id of the delivered event itself (a GUID): new for every event, never kept across a
    /// scenario, as the person and the records it is about are.
    EventId,
    /// Free text typed by a person (notes, descriptions): the example, or edge-case text.
    FreeText,
    /// Text built from the event's people: `{first}`, `{last}`, `{full}`, `{slug}`, `{staff}`, `{plan}`.
    Template(&'static str),
    /// A point in the generated event's timeline.
    Time(Moment),
    /// The same, written in the club's local time with its UTC offset.
    LocalTime(Moment),
}

/// Where a datetime sits relative to the event, so generated times come in a sensible order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// When the event happened (the envelope's event time, a booking made by the event).
    Event,
    /// A few seconds after the event: when the webhook was generated.
    Delivery,
    /// Months before the event: when a person's record was created.
    Created,
    /// A date shortly before `Created` (a member may join before the record exists).
    Joined,
    /// A date of birth.
    Birth,
    /// Earlier the same day or week; successive `Recent` fields of one object ascend.
    Recent,
    /// The event time when the event is a cancellation, otherwise no value.
    Cancelled,
    /// The start of something the event concerns, after the event.
    Start(Span),
    /// Its end: the last `Start` of the same object plus a length on the same scale.
    End(Span),
}

/// The scale of a start/end pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    /// A class or appointment: starts within days, on a quarter hour, lasts an hour or so.
    Session,
    /// An absence: starts at a midnight within weeks, lasts days, ends at 23:59:59.
    Days,
    /// A validity window: from the next midnight, for weeks.
    Validity,
    /// A membership term: from when its record was created (the last `Recent` time), for a year.
    Term,
}
