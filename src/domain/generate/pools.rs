//! The word lists realistic values are drawn from: people, clubs, places, plans. Every e-mail domain
//! is reserved for examples (RFC 2606) and every phone number is in Ofcom's range reserved for drama.

/// A person's given name and the gender a gym form would record for them.
pub struct Given {
    pub name: &'static str,
    pub female: bool,
}

const fn f(name: &'static str) -> Given {
    Given { name, female: true }
}
const fn m(name: &'static str) -> Given {
    Given {
        name,
        female: false,
    }
}

pub const GIVEN_NAMES: [Given; 24] = [
    f("Olivia"),
    f("Amelia"),
    f("Isla"),
    f("Priya"),
    f("Hannah"),
    f("Chloe"),
    f("Grace"),
    f("Aisha"),
    f("Megan"),
    f("Sophie"),
    f("Niamh"),
    f("Ellie"),
    m("Oliver"),
    m("George"),
    m("Harry"),
    m("Jack"),
    m("Mohammed"),
    m("Thomas"),
    m("Daniel"),
    m("Ethan"),
    m("Samuel"),
    m("Callum"),
    m("Rhys"),
    m("Arjun"),
];

pub const FAMILY_NAMES: [&str; 20] = [
    "Bennett", "Patel", "Walsh", "Hughes", "Okafor", "Campbell", "Clarke", "Reid", "Khan",
    "Murray", "Fletcher", "Turner", "Dawson", "Ellis", "Shaw", "Morgan", "Price", "Lloyd", "Baker",
    "Ward",
];

/// Coaches and front-desk staff.
pub const STAFF: [&str; 10] = [
    "Sarah Whitfield",
    "Jim Barker",
    "Lucy Chen",
    "Marcus Green",
    "Fiona McLeod",
    "Tom Ashworth",
    "Nadia Rahman",
    "Ben Holloway",
    "Kate Donnelly",
    "Leon Stewart",
];

/// Edge-case people: letters outside ASCII, an apostrophe, a hyphen.
pub const EDGE_GIVEN: Given = f("Zoë");
pub const EDGE_FAMILY: &str = "Łukasiewicz-Nuñez";
pub const EDGE_STAFF: [&str; 2] = ["Siobhán O'Connor", "Łukasz Żółkiewski"];

pub const TITLES_FEMALE: [&str; 3] = ["Ms.", "Mrs.", "Miss"];
pub const TITLE_MALE: &str = "Mr.";
pub const GENDER_FEMALE: &str = "Female";
pub const GENDER_MALE: &str = "Male";

/// Registered name and trading name of a club.
#[derive(Debug)]
pub struct Club {
    pub business: &'static str,
    pub trading: &'static str,
    pub venues: [&'static str; 2],
}

pub const CLUBS: [Club; 5] = [
    Club {
        business: "Northern Strength Ltd",
        trading: "Northern Strength",
        venues: [
            "Northern Strength Kirkstall",
            "Northern Strength City Centre",
        ],
    },
    Club {
        business: "Peak Condition Fitness Ltd",
        trading: "Peak Condition",
        venues: ["Peak Condition Riverside", "Peak Condition Old Mill"],
    },
    Club {
        business: "Ironworks Training Ltd",
        trading: "Ironworks",
        venues: ["Ironworks Canal Wharf", "Ironworks Northgate"],
    },
    Club {
        business: "Blue Harbour Fitness Ltd",
        trading: "Blue Harbour Fitness",
        venues: ["Blue Harbour Marina", "Blue Harbour Parkside"],
    },
    Club {
        business: "Tempo Health Clubs Ltd",
        trading: "Tempo",
        venues: [
            "Tempo Downtown Fitness Centre",
            "Tempo Uptown Fitness Centre",
        ],
    },
];

pub const EDGE_CLUB: Club = Club {
    business: "Café Fit & Co Ltd",
    trading: "Café Fit & Co",
    venues: ["Café Fit & Co — Łódź Studio", "Café Fit & Co <Main>"],
};

pub const VENUE_AREAS: [&str; 6] = [
    "Studio 1",
    "Studio 2",
    "Spin Studio",
    "Main Gym Floor",
    "Functional Zone",
    "Pool Hall",
];

pub const SESSION_TYPES: [&str; 7] = [
    "SGPT (1:6)",
    "Small Group 1:6",
    "HIIT Circuit",
    "Yoga Flow",
    "Spin 45",
    "Boxfit",
    "Strength Foundations",
];

pub const PLANS: [&str; 6] = [
    "Gold Membership",
    "Silver Off-Peak",
    "Platinum Unlimited",
    "Student Flex",
    "Corporate Monthly",
    "12 Month Saver",
];
/// Perfect Gym is a Polish product: an edge-case plan name in Polish.
pub const EDGE_PLAN: &str = "Karnet Open Łódź – 12 miesięcy";

/// Town, county and the letters its postcodes start with.
#[derive(Debug)]
pub struct Town {
    pub city: &'static str,
    pub county: &'static str,
    pub postcode_area: &'static str,
}

pub const TOWNS: [Town; 5] = [
    Town {
        city: "Leeds",
        county: "West Yorkshire",
        postcode_area: "LS",
    },
    Town {
        city: "Bristol",
        county: "Bristol",
        postcode_area: "BS",
    },
    Town {
        city: "Norwich",
        county: "Norfolk",
        postcode_area: "NR",
    },
    Town {
        city: "York",
        county: "North Yorkshire",
        postcode_area: "YO",
    },
    Town {
        city: "Brighton",
        county: "East Sussex",
        postcode_area: "BN",
    },
];

pub const STREETS: [&str; 6] = [
    "Chapel Lane",
    "Victoria Road",
    "Mill Street",
    "Orchard Close",
    "Station Road",
    "Church View",
];

/// Letters that appear in the inward part of UK postcodes (C, I, K, M, O and V never do).
pub const POSTCODE_LETTERS: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";

pub const EMAIL_DOMAINS: [&str; 3] = ["example.com", "example.org", "example.net"];

/// Ofcom reserves 07700 900000–900999 for fiction: `+44 7700 900xxx` in international form.
pub const PHONE_PREFIX: &str = "+447700900";
pub const PHONE_SUFFIXES: u64 = 1000;

/// Text a person typed, made to break receivers that build shell commands, SQL or HTML from it.
pub const EDGE_TEXT: &str =
    "Said \"see you at 6\" — it's $HOME time, `date` & <b>bold</b>\nC:\\Users\\front-desk\\notes.txt";
