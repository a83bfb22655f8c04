//! The hand-written Python every generated module starts with: imports, and the annotated scalar types whose
//! validators read values exactly as the explorer does (the vendors' quirks: `""` for null, 7-digit fractions,
//! zone-less datetimes, `±hhmm`, int64 ids as numeric strings). The regexes are `json_schema`'s, filled in
//! by `mod.rs` through `__NAME__` placeholders, so the two exports cannot drift apart.

pub(super) const PRELUDE: &str = r#"import json
import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Annotated, Any, Dict, List, Optional, Union
from uuid import UUID

from pydantic import (
    AllowInfNan,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    RootModel,
    StrictBool,
    StrictStr,
    Tag,
)

_GUID = re.compile(r"__GUID__")
_DATETIME = re.compile(r"__DATETIME__")
_DATE = re.compile(r"__DATE__")
_INT64_TEXT = re.compile(r"__INT64_TEXT__")
# Once a pattern above accepted the text, this one only cuts it into parts.
_PARTS = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[Tt]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?(?:([Zz])|([+-])([0-9]{2}):?([0-9]{2}))?)?"
)


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _guid(value: Any) -> Optional[UUID]:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a GUID as a string, found {_kind(value)}")
    if not _GUID.fullmatch(value):
        raise ValueError("not a GUID: expected 8-4-4-4-12 hex digits with hyphens")
    return UUID(value)


def _datetime(value: Any) -> Optional[datetime]:
    """The explorer's datetime: 1-9 fraction digits (cut to microseconds, Python's resolution), `t`/`z`,
    no zone (a naive datetime), `Z`, `±hh:mm` or `±hhmm`; the instant must lie in years 1-9999 in UTC."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a datetime as a string, found {_kind(value)}")
    parts = _PARTS.fullmatch(value) if _DATETIME.fullmatch(value) else None
    if parts is None:
        raise ValueError("not a datetime: expected YYYY-MM-DDThh:mm[:ss[.fffffff]][Z|±hh:mm]")
    year, month, day, hour, minute, second, fraction, utc, sign, zone_h, zone_m = parts.groups()
    zone = None
    if utc:
        zone = timezone.utc
    elif sign:
        offset = timedelta(hours=int(zone_h), minutes=int(zone_m))
        zone = timezone(-offset if sign == "-" else offset)
    micro = int(((fraction or "") + "000000")[:6])
    moment = datetime(
        int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro, tzinfo=zone
    )
    if zone is not None:
        try:
            moment.astimezone(timezone.utc)
        except OverflowError:
            raise ValueError("with its offset applied the instant lies outside years 0001-9999 in UTC") from None
    return moment


def _date(value: Any) -> Optional[date]:
    """`YYYY-MM-DD`, optionally with a time (vendors send midnight), which is checked and dropped."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a date as a string, found {_kind(value)}")
    if not _DATE.fullmatch(value):
        raise ValueError("not a date: expected YYYY-MM-DD, optionally with a time")
    if len(value) > 10:
        moment = _datetime(value)
        return moment.date() if moment is not None else None
    return date(int(value[0:4]), int(value[5:7]), int(value[8:10]))


def _empty_is_null(read):
    """A nullable GUID, datetime or date: the vendors send `""` for null."""
    return lambda value: None if value == "" else read(value)


def _integer(bits: int, text_allowed: bool):
    low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1

    def read(value: Any) -> Optional[int]:
        if value is None:
            return None
        if text_allowed and isinstance(value, str) and _INT64_TEXT.fullmatch(value):
            value = int(value)
        # bool is an int in Python; a float or Decimal here was written with a fraction or exponent.
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected a whole number written in digits, found {_kind(value)} {value!r}")
        if not low <= value <= high:
            raise ValueError(f"{value} does not fit a {bits}-bit integer")
        return value

    return read


def _decimal(value: Any) -> Optional[Decimal]:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValueError(f"expected a number, found {_kind(value)}")
    if isinstance(value, float):
        # The shortest text of the double: what model_validate_json's float reading kept.
        return Decimal(repr(value))
    return Decimal(value)


Guid = Annotated[Optional[UUID], BeforeValidator(_guid)]
"""A GUID: 8-4-4-4-12 hex digits with hyphens, either case (no braces, no `urn:uuid:`)."""
GuidOrEmpty = Annotated[Optional[UUID], BeforeValidator(_empty_is_null(_guid))]
"""A nullable GUID: `""` is read as None."""
DateTimeValue = Annotated[Optional[datetime], BeforeValidator(_datetime)]
"""A datetime as the explorer reads it (see `_datetime`); fractions past microseconds are cut."""
DateTimeOrEmpty = Annotated[Optional[datetime], BeforeValidator(_empty_is_null(_datetime))]
"""A nullable datetime: `""` is read as None."""
DateValue = Annotated[Optional[date], BeforeValidator(_date)]
"""A date, `YYYY-MM-DD`, optionally followed by a time."""
DateOrEmpty = Annotated[Optional[date], BeforeValidator(_empty_is_null(_date))]
"""A nullable date: `""` is read as None."""
Int32 = Annotated[Optional[int], BeforeValidator(_integer(32, False))]
"""A 32-bit integer (.NET int), written in digits."""
Int64 = Annotated[Optional[int], BeforeValidator(_integer(64, False))]
"""A 64-bit integer (.NET long), exact: Python ints have no size limit."""
Int64OrText = Annotated[Optional[int], BeforeValidator(_integer(64, True))]
"""A 64-bit integer that receivers also accept as a numeric string ("1042"), read into an int."""
DecimalNumber = Annotated[Optional[Annotated[Decimal, AllowInfNan()]], BeforeValidator(_decimal)]
"""A decimal: any JSON number. model_validate_json reads it as a double first (about 15 significant
digits); `parse___SLUG___webhook` reads it exactly from the text."""
Boolean = Optional[StrictBool]
Text = Optional[StrictStr]
TextList = Optional[List[StrictStr]]
TextMap = Optional[Dict[str, StrictStr]]
UnknownObject = Optional[Dict[str, Any]]
"""An object whose layout is not declared (an unknown event's data)."""

# The characters the explorer trims around an event name: Rust's str::trim, Unicode White_Space (which
# differs from str.strip). Letter case is compared in ASCII only, as Rust's eq_ignore_ascii_case does.
_TRIMMED = re.compile(r"^__WS__+|__WS__+\Z")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
"#;

/// Event matching and the root's discriminator, after the event classes.
pub(super) const MATCHING: &str = r#"

_EVENT_SPELLINGS = (
__SPELLING_LIST__
)


def __SLUG___event_name(value: Any) -> Optional[str]:
    """The declared event a `__FIELD__` value names, matched as the explorer matches it: surrounding
    whitespace ignored, then the exact name, then an alias, then the name in any letter case; None for
    an unknown event (still a valid body) or a value that is not a string."""
    if not isinstance(value, str):
        return None
    name = _TRIMMED.sub("", value)
    lower = name.translate(_ASCII_LOWER)
    for test in (
        lambda declared, aliases: declared == name,
        lambda declared, aliases: name in aliases,
        lambda declared, aliases: declared.translate(_ASCII_LOWER) == lower,
    ):
        for declared, aliases in _EVENT_SPELLINGS:
            if test(declared, aliases):
                return declared
    return None


def _event_tag(body: Any) -> str:
    """The union member for a body: its declared event's name, or "" for the unknown-event fallback."""
    if isinstance(body, dict):
        value = __DICT_GET__
    else:
        value = getattr(body, __FIELD_ATTR__, None)
    return __SLUG___event_name(value) or ""
"#;

/// The exact-decimal parse helper, after the root class.
pub(super) const PARSE: &str = r#"

def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def parse___SLUG___webhook(text: Union[str, bytes]) -> __ROOT__:
    """Validates a body with decimals exact: reads the text with `json.loads` (integers exact, decimals
    as Decimal from their digits) and validates the result. `__ROOT__.model_validate_json` accepts
    the same bodies but reads decimals as doubles first."""
    return __ROOT__.model_validate(json.loads(text, parse_float=Decimal, parse_constant=_not_json))
"#;
