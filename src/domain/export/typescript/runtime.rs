//! The hand-written TypeScript every generated file carries: the documented scalar aliases, and the runtime
//! helpers a receiver needs because JSON.parse and literal types cannot follow the explorer — reading int64
//! ids past 2^53 exactly, and matching event names as the explorer does (trimmed, aliases, letter case).
//! Templates use `__NAME__` placeholders, filled from the declaration by `mod.rs`; no vendor fact is here.

/// The scalar aliases: names a reader can follow from a field's type to how its text is read.
pub(super) const SCALARS: &str = r#"/**
 * A GUID as text: 8-4-4-4-12 hex digits with hyphens, either letter case (the explorer rejects braces,
 * a `urn:uuid:` prefix and missing hyphens). Where the field is nullable, `""` stands for null.
 */
export type Guid = string;

/**
 * An ISO 8601 date and time as text, as the explorer reads it: `YYYY-MM-DDThh:mm[:ss[.f]]` with 1 to 9
 * fraction digits (.NET sends 7), `t` for `T`, and an optional zone: `Z`, `z`, `±hh:mm` or `±hhmm`.
 * A zone-less value is valid; where the field is documented as UTC the explorer warns (read it as UTC).
 * Where the field is nullable, `""` stands for null.
 */
export type DateTimeText = string;

/** A date as text: `YYYY-MM-DD`, optionally followed by a time as in `DateTimeText`. */
export type DateText = string;

/**
 * A decimal number, written as any JSON number (`12`, `12.5`, `12.5e2`). JSON.parse reads it as a
 * double: about 15 significant digits survive; parse the text yourself where more matter.
 */
export type Decimal = number;

/** A 32-bit integer (.NET `int`): -2147483648 to 2147483647. */
export type Int32 = number;

/** A 64-bit integer written as text: what the parse helper makes of an id past 2^53, or a numeric string. */
export type Int64Text = `${bigint}`;

/**
 * A 64-bit integer (.NET `long`). A JavaScript number holds integers exactly only up to 2^53, so parse
 * bodies with this file's parse helper, which turns larger ids into `Int64Text`; a numeric string is
 * sent by the vendor only where the field's notes say receivers accept one.
 */
export type Int64 = number | Int64Text;

/** A JSON object mapping names to strings. */
export type TextMap = { [key: string]: string };

/** A JSON object whose layout is not declared (an unknown event's data). */
export type UnknownObject = { [key: string]: unknown };
"#;

/// Event-name matching, as `VendorDecl::find_event` does it: Rust's `str::trim` (Unicode White_Space,
/// which differs from JavaScript's `trim`), exact name, then alias, then ASCII letter case.
pub(super) const MATCHING: &str = r#"/** The characters the explorer trims around an event name (Rust's `str::trim`: Unicode White_Space). */
const TRIMMED = /^__WS__+|__WS__+$/gu;

/** The declared events with their aliases, in declaration order. */
const __SPELLINGS__: ReadonlyArray<readonly [__NAMES__, ReadonlyArray<string>]> = [
__SPELLING_LIST__
];

/** ASCII-only lower case, as Rust's `eq_ignore_ascii_case` compares. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * The declared event a `__FIELD__` value names, matched as the explorer matches it: surrounding
 * whitespace ignored, then the exact name, then an alias as spelled, then the name in any letter case;
 * `undefined` for an unknown event (still a valid body) or a value that is not a string.
 */
export function __NAME_FN__(value: unknown): __NAMES__ | undefined {
  if (typeof value !== "string") {
    return undefined;
  }
  const name = value.replace(TRIMMED, "");
  const lower = asciiLower(name);
  const found =
    __SPELLINGS__.find(([declared]) => declared === name) ??
    __SPELLINGS__.find(([, aliases]) => aliases.indexOf(name) >= 0) ??
    __SPELLINGS__.find(([declared]) => asciiLower(declared) === lower);
  return found?.[0];
}
"#;

/// Where the parse helpers and the file header send a reader who needs a body checked at run time.
pub(super) const RUNTIME_CHECK: &str = "To check a received body at run time, call `check(text)` of the gymhook npm package (`make npm` in gymhook's repository builds it): the explorer's own engine, with every error the explorer reports.";

/// The parse helper of a vendor with int64 fields: a tokenizer that quotes big integers before JSON.parse.
pub(super) const PARSE_EXACT: &str = r#"/** Members declared as int64: their integer values past 2^53 are kept as text by `__PARSE__`. */
const INT64_MEMBERS: ReadonlySet<string> = new Set([__INT64_NAMES__]);

/**
 * Reads a body like JSON.parse, but keeps int64 ids exact: JSON.parse rounds integers past
 * Number.MAX_SAFE_INTEGER (2^53 - 1) to the nearest double, so 9007199254740993 would become
 * 9007199254740992 and name another record. Such an integer, when it is the value of a member declared
 * int64 (`INT64_MEMBERS`), is returned as its exact decimal text (`Int64Text`); every other value is read
 * as JSON.parse reads it. Throws a SyntaxError, as JSON.parse does, when the text is not JSON.
 *
 * It validates nothing: the result is cast to `__ROOT__`, so a string where a number is declared comes
 * back typed as a number. __CHECK__
 */
export function __PARSE__(text: string): __ROOT__ {
  return JSON.parse(quoteLargeIntegers(text, INT64_MEMBERS)) as __ROOT__;
}

/**
 * `text` with each integer literal past Number.MAX_SAFE_INTEGER that is the value of a member named in
 * `names` wrapped in quotes. A small tokenizer: strings are copied whole (escapes respected), so digits
 * inside them are never touched, and a stack of open containers knows which member a value belongs to.
 */
export function quoteLargeIntegers(text: string, names: ReadonlySet<string>): string {
  // One entry per open container: an object's current member name ("" before the first), null for an array.
  const open: Array<string | null> = [];
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text.charAt(end) !== '"') {
        end += text.charAt(end) === "\\" ? 2 : 1;
      }
      const token = text.slice(i, end + 1);
      out += token;
      i = end + 1;
      let next = i;
      while (next < text.length && " \t\r\n".includes(text.charAt(next))) {
        next += 1;
      }
      // A string followed by ':' inside an object is a member name: later values belong to it.
      if (text.charAt(next) === ":" && typeof open[open.length - 1] === "string") {
        open[open.length - 1] = String(JSON.parse(token));
      }
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      let end = i + 1;
      while (end < text.length && "0123456789+-.eE".includes(text.charAt(end))) {
        end += 1;
      }
      const token = text.slice(i, end);
      const member = open[open.length - 1];
      const large = /^-?[0-9]+$/.test(token) && !Number.isSafeInteger(Number(token));
      out += large && typeof member === "string" && names.has(member) ? `"${token}"` : token;
      i = end;
    } else {
      if (c === "{") {
        open.push("");
      } else if (c === "[") {
        open.push(null);
      } else if (c === "}" || c === "]") {
        open.pop();
      }
      out += c;
      i += 1;
    }
  }
  return out;
}
"#;

/// The parse helper of a vendor without int64 fields: JSON.parse already reads its 32-bit ints exactly.
pub(super) const PARSE_PLAIN: &str = r#"/**
 * JSON.parse, with the result cast to `__ROOT__`. This vendor declares no 64-bit integer, so every
 * integer it sends (32-bit) is read exactly; decimals are read as doubles (see `Decimal`).
 *
 * It validates nothing: a string where a number is declared comes back typed as a number. __CHECK__
 */
export function __PARSE__(text: string): __ROOT__ {
  return JSON.parse(text) as __ROOT__;
}
"#;
