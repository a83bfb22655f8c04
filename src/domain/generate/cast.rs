//! The people and places of one generated event, drawn once so that every field agrees: the member's
//! full name matches first + last, the e-mail is theirs, the session is at their club's venue.

use super::pools::{
    Club, Town, CLUBS, EDGE_CLUB, EDGE_FAMILY, EDGE_GIVEN, EDGE_PLAN, EMAIL_DOMAINS, FAMILY_NAMES,
    GENDER_FEMALE, GENDER_MALE, GIVEN_NAMES, PHONE_PREFIX, PHONE_SUFFIXES, PLANS, POSTCODE_LETTERS,
    STREETS, TITLES_FEMALE, TITLE_MALE, TOWNS,
};
use super::rng::Rng;

const HOUSE_NUMBERS: (i64, i64) = (1, 180);
const POSTCODE_DISTRICTS: (i64, i64) = (1, 28);
const POSTCODE_SECTORS: (i64, i64) = (1, 9);
/// Edge cases use plus-addressing, whose `+` the vendor's encoder writes as `\u002B`.
const EDGE_EMAIL_TAG: &str = "+gym";

/// The subject person and their surroundings.
#[derive(Clone, Debug)]
pub struct Cast {
    pub first: &'static str,
    pub last: &'static str,
    pub female: bool,
    pub title: &'static str,
    pub email: String,
    pub club: &'static Club,
    pub venue: &'static str,
    pub plan: &'static str,
    pub address_line: String,
    pub town: &'static Town,
    pub postcode: String,
}

impl Cast {
    pub fn draw(rng: &mut Rng, edge: bool) -> Self {
        let given = if edge {
            &EDGE_GIVEN
        } else {
            rng.pick(&GIVEN_NAMES).unwrap_or(&EDGE_GIVEN)
        };
        let last = if edge {
            EDGE_FAMILY
        } else {
            rng.pick(&FAMILY_NAMES).copied().unwrap_or(EDGE_FAMILY)
        };
        let title = if given.female {
            rng.pick(&TITLES_FEMALE).copied().unwrap_or(TITLE_MALE)
        } else {
            TITLE_MALE
        };
        let club = if edge {
            &EDGE_CLUB
        } else {
            rng.pick(&CLUBS).unwrap_or(&EDGE_CLUB)
        };
        let venue = rng.pick(&club.venues).copied().unwrap_or(club.trading);
        let plan = if edge {
            EDGE_PLAN
        } else {
            rng.pick(&PLANS).copied().unwrap_or(EDGE_PLAN)
        };
        let domain = rng.pick(&EMAIL_DOMAINS).copied().unwrap_or("example.com");
        let tag = if edge { EDGE_EMAIL_TAG } else { "" };
        let email = format!(
            "{}.{}{tag}@{domain}",
            ascii_slug(given.name),
            ascii_slug(last)
        );
        let number = rng.between(HOUSE_NUMBERS.0, HOUSE_NUMBERS.1);
        let street = rng.pick(&STREETS).copied().unwrap_or("High Street");
        let town = rng.pick(&TOWNS).unwrap_or(&TOWNS[0]);
        let postcode = format!(
            "{}{} {}{}{}",
            town.postcode_area,
            rng.between(POSTCODE_DISTRICTS.0, POSTCODE_DISTRICTS.1),
            rng.between(POSTCODE_SECTORS.0, POSTCODE_SECTORS.1),
            letter(rng),
            letter(rng)
        );
        Cast {
            first: given.name,
            last,
            female: given.female,
            title,
            email,
            club,
            venue,
            plan,
            address_line: format!("{number} {street}"),
            town,
            postcode,
        }
    }

    pub fn full_name(&self) -> String {
        format!("{} {}", self.first, self.last)
    }

    pub fn gender(&self) -> &'static str {
        if self.female {
            GENDER_FEMALE
        } else {
            GENDER_MALE
        }
    }

    pub fn address(&self) -> String {
        format!(
            "{}, {}, {}",
            self.address_line, self.town.city, self.town.county
        )
    }

    /// A relative: another given name, the same family name.
    pub fn relative(&self, rng: &mut Rng) -> String {
        let others: Vec<_> = GIVEN_NAMES
            .iter()
            .filter(|g| g.name != self.first)
            .collect();
        let given = rng.pick(&others).map_or("Alex", |g| g.name);
        format!("{given} {}", self.last)
    }

    /// Fills `{first}`, `{last}`, `{full}`, `{slug}` (first_last in ASCII), `{staff}` and `{plan}`.
    pub fn fill(&self, template: &str, staff: &str) -> String {
        template
            .replace("{first}", self.first)
            .replace("{last}", self.last)
            .replace("{full}", &self.full_name())
            .replace(
                "{slug}",
                &format!("{}_{}", ascii_slug(self.first), ascii_slug(self.last)),
            )
            .replace("{staff}", staff)
            .replace("{plan}", self.plan)
    }
}

/// A phone number in the range Ofcom reserves for drama: `+447700900000`–`+447700900999`.
pub fn phone(rng: &mut Rng) -> String {
    format!("{PHONE_PREFIX}{:03}", rng.below(PHONE_SUFFIXES))
}

fn letter(rng: &mut Rng) -> char {
    rng.pick(POSTCODE_LETTERS).map_or('A', |b| char::from(*b))
}

/// Lower-case ASCII for e-mail local parts and file names: accents dropped, other symbols removed.
pub fn ascii_slug(text: &str) -> String {
    text.chars()
        .filter_map(|c| {
            let folded = match c {
                'á' | 'à' | 'â' | 'ä' | 'ą' | 'Á' | 'Ą' => 'a',
                'ć' | 'č' | 'ç' | 'Ć' => 'c',
                'é' | 'è' | 'ê' | 'ë' | 'ę' | 'É' | 'Ę' => 'e',
                'í' | 'ì' | 'î' | 'ï' | 'Í' => 'i',
                'ł' | 'Ł' => 'l',
                'ñ' | 'ń' | 'Ń' => 'n',
                'ó' | 'ò' | 'ô' | 'ö' | 'Ó' => 'o',
                'ś' | 'š' | 'Ś' => 's',
                'ú' | 'ù' | 'û' | 'ü' | 'Ü' => 'u',
                'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' => 'z',
                '-' => '-',
                c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
                _ => return None,
            };
            Some(folded)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edge_names_fold_to_ascii_addresses() {
        let mut rng = Rng::new(3);
        let cast = Cast::draw(&mut rng, true);
        assert_eq!(cast.full_name(), "Zoë Łukasiewicz-Nuñez");
        assert!(cast.email.starts_with("zoe.lukasiewicz-nunez+gym@example."));
        assert_eq!(
            cast.fill("contract_{slug}.pdf", "x"),
            "contract_zoe_lukasiewicz-nunez.pdf"
        );
    }

    #[test]
    fn people_are_consistent_and_fictional() {
        for seed in 0..100 {
            let mut rng = Rng::new(seed);
            let cast = Cast::draw(&mut rng, false);
            let domain = cast.email.rsplit('@').next().unwrap_or_default();
            assert!(EMAIL_DOMAINS.contains(&domain), "{}", cast.email);
            assert!(cast.email.is_ascii());
            assert!(cast.club.venues.contains(&cast.venue));
            assert_eq!(cast.title == TITLE_MALE, !cast.female);
            assert!(!cast.relative(&mut rng).starts_with(cast.first));
            let number = phone(&mut rng);
            assert!(
                number.starts_with("+447700900") && number.len() == 13,
                "{number}"
            );
        }
    }
}
