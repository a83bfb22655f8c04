//! Which members of an object repeat a key that came before them. Small objects scan the earlier
//! members; large ones sort the members' indices by key once, 8 bytes a member, where a hash set of
//! the keys took 36 MB (53 MB while it grew) for an object of a million keys.

use crate::domain::json::Member;

/// Objects with more members than this are sorted once rather than scanned for each member.
const LINEAR_SCAN_LIMIT: usize = 32;

/// The repeated keys of one object's members.
pub(super) struct Duplicates<'m> {
    members: &'m [Member],
    /// For a large object, whether each member's key came before; `None` for a small one, scanned.
    repeated: Option<Vec<bool>>,
}

impl<'m> Duplicates<'m> {
    pub(super) fn of(members: &'m [Member]) -> Self {
        let repeated = (members.len() > LINEAR_SCAN_LIMIT).then(|| sorted_repeats(members));
        Duplicates { members, repeated }
    }

    /// Whether the `i`th member's key came before it.
    pub(super) fn at(&self, i: usize) -> bool {
        if let Some(repeated) = &self.repeated {
            return repeated.get(i).copied().unwrap_or(false);
        }
        let Some(member) = self.members.get(i) else {
            return false;
        };
        self.members
            .get(..i)
            .unwrap_or_default()
            .iter()
            .any(|m| m.key == member.key)
    }
}

/// For each member, whether its key came before: the indices sorted by key once.
fn sorted_repeats(members: &[Member]) -> Vec<bool> {
    let key = |i: &usize| members.get(*i).map(|m| m.key.as_str());
    let mut order: Vec<usize> = (0..members.len()).collect();
    // Stable: a run of equal keys stays in document order, so its first is the original.
    order.sort_by(|a, b| key(a).cmp(&key(b)));
    let mut repeated = vec![false; members.len()];
    for pair in order.windows(2) {
        if let [first, then] = pair {
            if key(first) == key(then) {
                if let Some(flag) = repeated.get_mut(*then) {
                    *flag = true;
                }
            }
        }
    }
    repeated
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::{parse, NodeKind};

    fn repeated(text: &str) -> Vec<usize> {
        let root = parse(text).expect("valid JSON");
        let NodeKind::Object(members) = &root.kind else {
            panic!("an object");
        };
        let duplicates = Duplicates::of(members);
        (0..members.len()).filter(|i| duplicates.at(*i)).collect()
    }

    #[test]
    fn every_later_copy_of_a_key_is_repeated_in_small_and_large_objects() {
        assert_eq!(
            repeated(r#"{"a":1,"b":2,"a":3,"c":4,"a":5,"b":6}"#),
            [2, 4, 5]
        );
        let mut keys: Vec<String> = (0..100).map(|i| format!("\"k{i}\":{i}")).collect();
        keys.insert(40, "\"k7\":0".to_owned());
        keys.push("\"k99\":0".to_owned());
        keys.push("\"k7\":0".to_owned());
        assert_eq!(repeated(&format!("{{{}}}", keys.join(","))), [40, 101, 102]);
    }
}
