//! The typed tree on the wire: objects, fields and values, each declaration as a registry index.

use super::bytes::{Reader, Writer};
use super::registry::{field, field_index, object_index};
use super::WireError;
use crate::domain::formats::{DateTime, Guid, Zone};
use crate::domain::json::Span;
use crate::domain::schema::ObjectDecl;
use crate::domain::typed::{TypedField, TypedObject, TypedValue};

/// Deeper than any parse can nest (json::MAX_DEPTH): a damaged message cannot recurse without end.
const MAX_DEPTH: usize = 256;

const NULL: u8 = 0;
const EMPTY_AS_NULL: u8 = 1;
const GUID: u8 = 2;
const DATE_TIME: u8 = 3;
const DATE: u8 = 4;
const DECIMAL: u8 = 5;
const INT: u8 = 6;
const BOOL: u8 = 7;
const TEXT: u8 = 8;
const LIST: u8 = 9;
const MAP: u8 = 10;
const OBJECT: u8 = 11;
const RAW: u8 = 12;
const EPOCH: u8 = 13;

pub struct Tree<'r> {
    pub objects: &'r [&'static ObjectDecl],
}

pub fn span(w: &mut Writer, s: Span) {
    w.n(s.start);
    w.n(s.end);
}

pub fn read_span(r: &mut Reader<'_>) -> Result<Span, WireError> {
    Ok(Span {
        start: r.n()?,
        end: r.n()?,
    })
}

impl Tree<'_> {
    pub fn object(&self, w: &mut Writer, o: &TypedObject) {
        match o.decl.and_then(|d| object_index(self.objects, d)) {
            Some(i) => {
                w.bool(true);
                w.n(i);
            }
            None => w.bool(false),
        }
        w.str(&o.path);
        span(w, o.span);
        w.n(o.omitted);
        w.n(o.fields.len());
        for f in &o.fields {
            w.str(&f.name);
            match f.decl.and_then(|d| field_index(self.objects, d)) {
                Some((obj, fld)) => {
                    w.bool(true);
                    w.n(obj);
                    w.n(fld);
                }
                None => w.bool(false),
            }
            w.str(&f.path);
            span(w, f.key_span);
            span(w, f.span);
            self.value(w, &f.value);
        }
    }

    fn value(&self, w: &mut Writer, v: &TypedValue) {
        match v {
            TypedValue::Null => w.byte(NULL),
            TypedValue::EmptyAsNull => w.byte(EMPTY_AS_NULL),
            TypedValue::Guid(g) => {
                w.byte(GUID);
                w.out.extend_from_slice(&g.0);
            }
            TypedValue::DateTime(dt) => {
                w.byte(DATE_TIME);
                datetime(w, dt);
            }
            TypedValue::Date(dt) => {
                w.byte(DATE);
                datetime(w, dt);
            }
            TypedValue::Decimal(s) => {
                w.byte(DECIMAL);
                w.str(s);
            }
            TypedValue::Int(i) => {
                w.byte(INT);
                w.i(*i);
            }
            TypedValue::Epoch(ms) => {
                w.byte(EPOCH);
                w.i(*ms);
            }
            TypedValue::Bool(b) => {
                w.byte(BOOL);
                w.bool(*b);
            }
            TypedValue::Text(s) => {
                w.byte(TEXT);
                w.str(s);
            }
            TypedValue::List { items, total } => {
                w.byte(LIST);
                w.n(*total);
                w.n(items.len());
                items.iter().for_each(|i| self.value(w, i));
            }
            TypedValue::Map { entries, total } => {
                w.byte(MAP);
                w.n(*total);
                w.n(entries.len());
                for (k, v) in entries {
                    w.str(k);
                    self.value(w, v);
                }
            }
            TypedValue::Object(o) => {
                w.byte(OBJECT);
                self.object(w, o);
            }
            TypedValue::Raw(s) => {
                w.byte(RAW);
                w.str(s);
            }
        }
    }

    pub fn read_object(&self, r: &mut Reader<'_>, depth: usize) -> Result<TypedObject, WireError> {
        if depth > MAX_DEPTH {
            return Err(WireError::Damaged);
        }
        let decl = if r.bool()? {
            let i = r.n()?;
            Some(*self.objects.get(i).ok_or(WireError::UnknownDeclaration)?)
        } else {
            None
        };
        let path = r.str()?;
        let span = read_span(r)?;
        let omitted = r.n()?;
        let count = r.count()?;
        let mut fields = Vec::with_capacity(count);
        for _ in 0..count {
            let name = r.str()?;
            let decl = if r.bool()? {
                Some(field(self.objects, (r.n()?, r.n()?))?)
            } else {
                None
            };
            fields.push(TypedField {
                name,
                decl,
                path: r.str()?,
                key_span: read_span(r)?,
                span: read_span(r)?,
                value: self.read_value(r, depth)?,
            });
        }
        Ok(TypedObject {
            decl,
            path,
            span,
            fields,
            omitted,
        })
    }

    fn read_value(&self, r: &mut Reader<'_>, depth: usize) -> Result<TypedValue, WireError> {
        Ok(match r.byte()? {
            NULL => TypedValue::Null,
            EMPTY_AS_NULL => TypedValue::EmptyAsNull,
            GUID => {
                let raw = r.raw(16)?;
                TypedValue::Guid(Guid(raw.try_into().map_err(|_| WireError::Damaged)?))
            }
            DATE_TIME => TypedValue::DateTime(read_datetime(r)?),
            DATE => TypedValue::Date(read_datetime(r)?),
            DECIMAL => TypedValue::Decimal(r.str()?.into_boxed_str()),
            INT => TypedValue::Int(r.i()?),
            EPOCH => TypedValue::Epoch(r.i()?),
            BOOL => TypedValue::Bool(r.bool()?),
            TEXT => TypedValue::Text(r.str()?),
            LIST => {
                let total = r.n()?;
                let count = r.count()?;
                let mut items = Vec::with_capacity(count);
                for _ in 0..count {
                    items.push(self.read_value(r, depth + 1)?);
                }
                TypedValue::List { items, total }
            }
            MAP => {
                let total = r.n()?;
                let count = r.count()?;
                let mut entries = Vec::with_capacity(count);
                for _ in 0..count {
                    entries.push((r.str()?, self.read_value(r, depth + 1)?));
                }
                TypedValue::Map { entries, total }
            }
            OBJECT => TypedValue::Object(self.read_object(r, depth + 1)?),
            RAW => TypedValue::Raw(r.str()?),
            _ => return Err(WireError::Damaged),
        })
    }
}

const ZONE_UTC: u8 = 0;
const ZONE_OFFSET: u8 = 1;
const ZONE_UNSPECIFIED: u8 = 2;

fn datetime(w: &mut Writer, dt: &DateTime) {
    w.i(i64::from(dt.year));
    for b in [
        dt.month,
        dt.day,
        dt.hour,
        dt.minute,
        dt.second,
        dt.fraction_digits,
    ] {
        w.byte(b);
    }
    w.u(u64::from(dt.nanos));
    w.bool(dt.has_time);
    match dt.zone {
        Zone::Utc => w.byte(ZONE_UTC),
        Zone::Offset(m) => {
            w.byte(ZONE_OFFSET);
            w.i(i64::from(m));
        }
        Zone::Unspecified => w.byte(ZONE_UNSPECIFIED),
    }
}

fn read_datetime(r: &mut Reader<'_>) -> Result<DateTime, WireError> {
    let narrow = |v: i64| i32::try_from(v).map_err(|_| WireError::Damaged);
    Ok(DateTime {
        year: narrow(r.i()?)?,
        month: r.byte()?,
        day: r.byte()?,
        hour: r.byte()?,
        minute: r.byte()?,
        second: r.byte()?,
        fraction_digits: r.byte()?,
        nanos: u32::try_from(r.u()?).map_err(|_| WireError::Damaged)?,
        has_time: r.bool()?,
        zone: match r.byte()? {
            ZONE_UTC => Zone::Utc,
            ZONE_OFFSET => Zone::Offset(i16::try_from(r.i()?).map_err(|_| WireError::Damaged)?),
            ZONE_UNSPECIFIED => Zone::Unspecified,
            _ => return Err(WireError::Damaged),
        },
    })
}
