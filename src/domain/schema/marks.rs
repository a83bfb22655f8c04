//! Marks a declaration puts on a fact: how sure anyone is of it (`Provenance`) and whether it is personal
//! data (`Personal`). The typed view, the reference, validation and the exports all read them.

/// What kind of personal data a field carries. Share links replace such values with fictional ones of the
/// same type and shape (unless the user opts out), and the field reference shows the mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Personal {
    /// A person's name: the subject's, a relative's, or a staff member's.
    Name,
    /// An e-mail address or phone number.
    Contact,
    BirthDate,
    /// A home address or a part of one.
    Address,
    /// Title, gender, a relative's relationship: describes the person without naming them.
    Profile,
    /// Health data (medications, allergies, pregnancy, injuries, body measurements): a special category
    /// under data-protection law.
    Health,
}

impl Personal {
    pub fn label(self) -> &'static str {
        match self {
            Personal::Name => "name",
            Personal::Contact => "contact details",
            Personal::BirthDate => "date of birth",
            Personal::Address => "address",
            Personal::Profile => "profile",
            Personal::Health => "health data",
        }
    }
}

/// How a fact is known: stated by the vendor's document, stated only by a sister product's document,
/// seen in public integration code (field-notes.md), or inferred where no document says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provenance {
    Documented,
    /// Stated only in the document of a sister product built from the same source (Magicline for
    /// PerfectGym Next); the text is the label the pages show ("documented for Magicline only").
    Sister(&'static str),
    Observed,
    /// Not documented anywhere: gymhook's best reading of what is, said so wherever it shows.
    Inferred,
}

impl Provenance {
    /// Whether a vendor document states it (its own or its sister product's). What only public code shows
    /// or an inference leaves open what a document would say (may it be null, may `""` stand for null):
    /// the engine then never calls a value wrong.
    pub fn is_documented(self) -> bool {
        match self {
            Provenance::Documented | Provenance::Sister(_) => true,
            Provenance::Observed | Provenance::Inferred => false,
        }
    }

    /// What the pages show beside the fact.
    pub fn label(self) -> &'static str {
        match self {
            Provenance::Documented => "documented",
            Provenance::Sister(label) => label,
            Provenance::Observed => "observed",
            Provenance::Inferred => "inferred",
        }
    }

    /// A stable one-word identifier (CSS classes, `x-provenance` in the exports).
    pub fn key(self) -> &'static str {
        match self {
            Provenance::Documented => "documented",
            Provenance::Sister(_) => "sister",
            Provenance::Observed => "observed",
            Provenance::Inferred => "inferred",
        }
    }
}
