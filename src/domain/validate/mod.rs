//! Checks a parsed body against one vendor's declaration, reporting every problem at once and
//! building the typed tree on the way. Unknown things are reported and shown, never rejected.

mod duplicates;
mod subject;
mod value;
mod words;

use super::diagnostic::{Diagnostic, Kind};
use super::json::{compact, LineIndex, Member, Node, NodeKind, Span};
use super::schema::{EventMatch, FieldDecl, ObjectDecl, Provenance, VendorDecl};
use super::typed::{child_path, TypedObject, TypedValue, KEPT_ENTRIES};
use duplicates::Duplicates;
use std::collections::HashMap;

mod group;
mod quirks;
mod shapes;

/// Longest excerpt of a wrong value quoted in a diagnostic.
const EXCERPT_CHARS: usize = 60;

#[derive(Clone, Debug)]
pub struct Validation {
    pub root: TypedObject,
    pub event_name: Option<String>,
    pub event: EventMatch,
    pub diagnostics: Vec<Diagnostic>,
}

/// Validates `root` (an object node) against `decl`. `text` is the whole paste, so positions match it.
pub fn validate(
    decl: &'static VendorDecl,
    root: &Node,
    text: &str,
    lines: &LineIndex,
) -> Validation {
    let mut ctx = Ctx {
        text,
        lines,
        diagnostics: Vec::new(),
        repeats: HashMap::new(),
        event_data: None,
        vendor: decl,
        holder: decl.event_holder(),
    };
    let event_name = event_node(decl, root)
        .and_then(Node::as_str)
        .map(str::to_owned);
    let event = event_name
        .as_deref()
        .map_or(EventMatch::Unknown, |n| decl.find_event(n));
    let members = root.as_object().unwrap_or_default();
    let root_obj = ctx.object(members, Some(decl.envelope), "", root.span);
    if let (Some(field), Some(subjects)) = (decl.subject_type_field, decl.subject) {
        subject::check_subject(&mut ctx, &root_obj, field, subjects);
    }
    Validation {
        root: root_obj,
        event_name,
        event,
        diagnostics: group::fold_repeats(ctx.diagnostics, &ctx.repeats),
    }
}

/// The node naming the body's event: the event field of the object `event_in` leads to, the first
/// element of each list on the way.
fn event_node<'n>(decl: &VendorDecl, root: &'n Node) -> Option<&'n Node> {
    let mut node = root;
    for name in decl.event_in {
        node = node.get(name)?;
        if let NodeKind::Array(items) = &node.kind {
            node = items.first()?;
        }
    }
    node.get(decl.event_field)
}

pub(crate) struct Ctx<'t> {
    text: &'t str,
    lines: &'t LineIndex,
    diagnostics: Vec<Diagnostic>,
    /// How many diagnostics each kind has at sibling paths (see `group`): past a few, they are only
    /// counted, so four million bad list items cost four million increments, not four million messages.
    repeats: HashMap<(Kind, String), usize>,
    /// The data layout of the event named by the nearest event holder (Perfect Gym's envelope, each
    /// PerfectGym Next payload element), when the event is known.
    event_data: Option<&'static ObjectDecl>,
    vendor: &'static VendorDecl,
    /// The object declaring the event field (`VendorDecl::event_holder`).
    holder: &'static ObjectDecl,
}

impl Ctx<'_> {
    pub(crate) fn report(
        &mut self,
        kind: Kind,
        path: &str,
        span: Span,
        expected: Option<&str>,
        found: Option<String>,
        message: String,
    ) {
        let count = self
            .repeats
            .entry((kind, group::siblings(path)))
            .or_insert(0);
        *count += 1;
        if *count > group::KEPT_PER_GROUP {
            return;
        }
        self.diagnostics.push(Diagnostic {
            kind,
            path: path.to_owned(),
            span,
            position: self.lines.position(self.text, span.start),
            expected: expected.map(str::to_owned),
            found,
            message,
        });
    }

    /// An event holder's own event: reported where its name is off, and its data layout taken for the
    /// holder's event data field. Returns the layout in force before, to restore after the holder.
    fn enter_holder(
        &mut self,
        members: &[Member],
        decl: Option<&'static ObjectDecl>,
        path: &str,
    ) -> Option<&'static ObjectDecl> {
        let before = self.event_data;
        if !decl.is_some_and(|d| std::ptr::eq(d, self.holder)) {
            return before;
        }
        let vendor = self.vendor;
        let named = members.iter().find(|m| m.key == vendor.event_field);
        let event = match named.and_then(|m| m.value.as_str().map(|name| (m, name))) {
            Some((member, name)) => {
                let event = vendor.find_event(name);
                let event_path = child_path(path, &member.key);
                self.report_event(vendor, event, name, &member.value, &event_path);
                event
            }
            None => EventMatch::Unknown,
        };
        self.event_data = event.event().and_then(|e| e.data);
        before
    }

    fn report_event(
        &mut self,
        decl: &VendorDecl,
        event: EventMatch,
        name: &str,
        node: &Node,
        path: &str,
    ) {
        if name.trim() != name && event.event().is_some() {
            self.report(Kind::Spelling, path, node.span, event.event().map(|e| e.name), Some(format!("{name:?}")),
                format!("The event name {name:?} has whitespace around it: matched here after trimming, but receivers comparing it exactly to \"{}\" miss the event.", name.trim()));
        }
        match event {
            EventMatch::Exact(_) => {}
            EventMatch::Alias(e, alias) => self.report(
                Kind::Spelling,
                path,
                node.span,
                Some(e.name),
                Some(name.to_owned()),
                format!("\"{name}\" is a spelling variant of the documented event {}. {}", e.name, alias.note),
            ),
            EventMatch::CaseVariant(e) => self.report(
                Kind::Spelling,
                path,
                node.span,
                Some(e.name),
                Some(name.to_owned()),
                format!("\"{name}\" differs in letter case from the documented event {}; receivers comparing names exactly will miss it.", e.name),
            ),
            EventMatch::Unknown => self.report(
                Kind::UnknownEvent,
                path,
                node.span,
                None,
                Some(name.to_owned()),
                format!("\"{name}\" is not an event {} is known to send; its fields are shown as sent.{}", decl.display_name,
                    decl.unknown_events.map(|advice| format!(" {advice}")).unwrap_or_default()),
            ),
        }
    }

    pub(crate) fn object(
        &mut self,
        members: &[Member],
        decl: Option<&'static ObjectDecl>,
        path: &str,
        span: Span,
    ) -> TypedObject {
        let outer_event_data = self.enter_holder(members, decl, path);
        let mut fields = Vec::with_capacity(members.len().min(KEPT_ENTRIES));
        let mut undocumented = 0usize;
        let duplicates = Duplicates::of(members);
        for (i, member) in members.iter().enumerate() {
            let field_path = child_path(path, &member.key);
            if duplicates.at(i) {
                self.report(Kind::DuplicateKey, &field_path, member.key_span, None, None,
                    format!("\"{}\" appears more than once in this object; receivers keep either the first or the last.", member.key));
            }
            let field_decl = decl.and_then(|d| d.field(&member.key));
            let value = match field_decl {
                Some(f) => self.documented(member, f, &field_path),
                None => {
                    self.undocumented(member, decl, &field_path);
                    undocumented += 1;
                    if undocumented > KEPT_ENTRIES {
                        continue;
                    }
                    TypedValue::Raw(compact(&member.value))
                }
            };
            fields.push(super::typed::TypedField {
                name: member.key.clone(),
                decl: field_decl,
                path: field_path,
                key_span: member.key_span,
                span: member.value.span,
                value,
            });
        }
        let obj = TypedObject {
            decl,
            path: path.to_owned(),
            span,
            fields,
            omitted: undocumented.saturating_sub(KEPT_ENTRIES),
        };
        self.missing(&obj);
        self.event_data = outer_event_data;
        obj
    }

    /// A member the declaration lists: its value checked against the field, and a note when only public
    /// code shows the field.
    fn documented(&mut self, member: &Member, f: &'static FieldDecl, path: &str) -> TypedValue {
        if f.provenance == Provenance::Observed {
            self.report(
                Kind::Observed,
                path,
                member.key_span,
                None,
                None,
                format!(
                    "{} is known from public receiver code, not from the vendor's document.",
                    member.key
                ),
            );
        }
        self.value(&member.value, f, path)
    }

    /// A member the declaration (if the object has one) does not list.
    fn undocumented(&mut self, member: &Member, decl: Option<&'static ObjectDecl>, path: &str) {
        if let Some(d) = decl {
            self.report(
                Kind::Undocumented,
                path,
                member.key_span,
                None,
                None,
                format!(
                    "\"{}\" is not listed for {} in the documents; shown as sent.",
                    member.key, d.name
                ),
            );
        }
        // What the documents do not describe can still hide characters a receiver compares.
        self.hidden_in_key(member, path);
        self.hidden_anywhere(&member.value, path);
    }

    /// Every required field of the object's declaration that it lacks, pointed at its opening brace.
    fn missing(&mut self, obj: &TypedObject) {
        let required = obj.decl.map(|d| d.fields).unwrap_or_default();
        for missing in required
            .iter()
            .filter(|f| f.required && obj.get(f.name).is_none())
        {
            let opening = Span {
                start: obj.span.start,
                end: obj.span.start.saturating_add(1),
            };
            self.report(
                Kind::Missing,
                &child_path(&obj.path, missing.name),
                opening,
                Some(missing.ty.label()),
                None,
                format!("{} is missing; the vendor always sends it.", missing.name),
            );
        }
    }
}

/// A short, single-line rendering of a node for "found ..." messages.
pub(crate) fn excerpt(node: &Node) -> String {
    let text = match &node.kind {
        NodeKind::String(s) => crate::domain::json::quoted(s),
        NodeKind::Array(_) | NodeKind::Object(_) => return node.kind.type_name().to_owned(),
        _ => compact(node),
    };
    if text.chars().count() > EXCERPT_CHARS {
        let cut: String = text.chars().take(EXCERPT_CHARS).collect();
        format!("{cut}…")
    } else {
        text
    }
}
