//! The receiver URL the user types: checked, then split into the request line's path and the Host
//! header. Anything that is not an http(s) URL gets a message saying what to type instead.

use crate::domain::schema::Vendor;

const HTTPS: &str = "https://";
const HTTP: &str = "http://";

/// Where the request goes: the receiver URL the user typed, split for the request line and Host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub url: String,
    /// `host[:port]`, as the Host header carries it.
    pub authority: String,
    /// Path and query, `/` when the URL has none.
    pub path: String,
    pub https: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("Type the receiver's URL, e.g. https://receiver.example.com/webhooks.")]
    Empty,
    #[error("The URL must start with https:// (or http:// for a local receiver).")]
    Scheme,
    #[error("The URL has no host name after the scheme.")]
    NoHost,
    #[error("The URL contains spaces or control characters; percent-encode them (%20).")]
    Whitespace,
}

pub fn parse_target(url: &str) -> Result<Target, TargetError> {
    let url = url.trim();
    if url.is_empty() {
        return Err(TargetError::Empty);
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(TargetError::Whitespace);
    }
    let lower = url.to_ascii_lowercase();
    let (https, rest) = if lower.starts_with(HTTPS) {
        (true, url.get(HTTPS.len()..))
    } else if lower.starts_with(HTTP) {
        (false, url.get(HTTP.len()..))
    } else {
        return Err(TargetError::Scheme);
    };
    let rest = rest.unwrap_or_default();
    let split = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(split);
    // Credentials in a URL are never sent in Host.
    let authority = authority.rsplit('@').next().unwrap_or_default();
    if authority.is_empty() || authority.starts_with(':') {
        return Err(TargetError::NoHost);
    }
    let path = path.split('#').next().unwrap_or_default();
    let path = match path {
        "" => "/".to_owned(),
        p if p.starts_with('?') => format!("/{p}"),
        p => p.to_owned(),
    };
    Ok(Target {
        url: url.to_owned(),
        authority: authority.to_owned(),
        path,
        https,
    })
}

/// Where the suggested receiver URLs live: a reserved example domain, one path per vendor.
const DEFAULT_TARGET_BASE: &str = "https://receiver.example.com/webhooks/";

/// The receiver URL the page suggests for each vendor: `…/webhooks/<slug>`.
pub fn default_target(vendor: Vendor) -> String {
    format!("{DEFAULT_TARGET_BASE}{}", vendor.slug())
}
