//! Renders invisible characters visibly, so a stray newline or NBSP in an id, secret or signature
//! can be seen in the UI. Also the shared notion of "invisible" used by trimming and escaping.

const SPACE: char = ' ';
const SPACE_SYMBOL: &str = "␠";
/// Characters with a dedicated Unicode "control picture".
const PICTURES: [(char, &str); 3] = [('\r', "␍"), ('\n', "␊"), ('\t', "␉")];

/// Zero-width / format characters that render as nothing (Unicode `Cf` and fillers). Emoji
/// variation selectors and tag characters are left out: they are legitimate in visible text.
const INVISIBLE_RANGES: [(char, char); 14] = [
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{1D173}', '\u{1D17A}'),
];

/// True for characters a reader cannot see: controls, non-ASCII whitespace, zero-width/format
/// characters. ASCII space is not included (it is visible between words).
pub(super) fn is_invisible(c: char) -> bool {
    c.is_control()
        || (c.is_whitespace() && !c.is_ascii())
        || INVISIBLE_RANGES
            .iter()
            .any(|&(low, high)| (low..=high).contains(&c))
}

/// Characters inside a value that a reader cannot see but a program compares: zero-width and format
/// characters, bidirectional controls (which can reorder how text displays), soft hyphens. Ordinary
/// whitespace and line breaks are not included: free text legitimately has them.
pub fn is_hidden_format(c: char) -> bool {
    INVISIBLE_RANGES
        .iter()
        .any(|&(low, high)| (low..=high).contains(&c))
}

/// True for what a careless copy/paste adds around a value: any whitespace or invisible char.
pub(super) fn is_strippable(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// `⟨U+00A0⟩`-style marker for one character.
pub(super) fn code_point_marker(c: char) -> String {
    format!("⟨U+{:04X}⟩", u32::from(c))
}

/// Makes invisible characters visible: leading/trailing spaces as `␠`, CR/LF/TAB as control
/// pictures, other invisible characters as `⟨U+XXXX⟩`; everything else unchanged.
pub fn visible(s: &str) -> String {
    render(s, |c, shown| shown.push(c))
}

/// What a hidden secret looks like on screen: every ordinary character as `•`, while the
/// invisible ones are still marked as `visible` marks them, so a stray newline can be spotted
/// without revealing the secret.
pub fn masked(s: &str) -> String {
    render(s, |_, shown| shown.push(MASK))
}

/// Shown instead of each ordinary character of a hidden value.
pub const MASK: char = '•';

/// Marks invisible characters; `ordinary` writes every other one.
fn render(s: &str, ordinary: impl Fn(char, &mut String)) -> String {
    // The trimmed text is a suffix of `s`, never longer.
    let leading_end = s.len().saturating_sub(s.trim_start_matches(SPACE).len());
    let trailing_start = s.trim_end_matches(SPACE).len().max(leading_end);
    let mut shown = String::with_capacity(s.len());
    for (index, c) in s.char_indices() {
        if c == SPACE && (index < leading_end || index >= trailing_start) {
            shown.push_str(SPACE_SYMBOL);
        } else if let Some((_, picture)) = PICTURES.iter().find(|(plain, _)| *plain == c) {
            shown.push_str(picture);
        } else if is_invisible(c) {
            shown.push_str(&code_point_marker(c));
        } else {
            ordinary(c, &mut shown);
        }
    }
    shown
}
