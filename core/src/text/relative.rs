//! Relative addresses (`/news/x/`, `img/a.png`, `../b`, `//cdn.test/c`)
//! resolved against the address they are relative to, as a browser
//! resolves them (RFC 3986, section 5.2). Feeds write them against their
//! own address or an `xml:base`; the widget has no URL parser of its own,
//! so this small one serves both it and the CLI.

use crate::text::url::web_address;

/// `reference` resolved against `base`, when the result is an `http(s)`
/// address; an absolute `reference` is taken as it is (if it is `http(s)`).
/// `None` when `base` is not an `http(s)` address either.
pub fn resolve_address(base: Option<&str>, reference: &str) -> Option<String> {
    let reference = reference.trim();
    if has_scheme(reference) {
        return web_address(reference);
    }
    let base = web_address(base?)?;
    let (scheme, after_scheme) = base.split_once("://")?;
    let authority_end = after_scheme
        .find(['/', '?', '#'])
        .unwrap_or(after_scheme.len());
    let (authority, base_rest) = after_scheme.split_at(authority_end);
    let base_path = base_rest.split(['?', '#']).next().unwrap_or_default();
    let base_query = base_rest.split('#').next().unwrap_or_default();
    let resolved = if let Some(network) = reference.strip_prefix("//") {
        format!("{scheme}://{network}")
    } else if reference.starts_with('/') {
        format!("{scheme}://{authority}{}", without_dots(reference))
    } else if reference.is_empty() || reference.starts_with('#') {
        format!("{scheme}://{authority}{base_query}{reference}")
    } else if reference.starts_with('?') {
        format!("{scheme}://{authority}{base_path}{reference}")
    } else {
        let directory = base_path.rfind('/').map_or("/", |end| &base_path[..=end]);
        let merged = format!("{directory}{reference}");
        format!("{scheme}://{authority}{}", without_dots(&merged))
    };
    web_address(&resolved)
}

/// Whether an address starts with a scheme (`https:`, `mailto:`), which
/// makes it absolute.
fn has_scheme(text: &str) -> bool {
    let Some(colon) = text.find(':') else {
        return false;
    };
    let scheme = &text[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// A path with its `.` and `..` segments taken out (its query and fragment
/// kept as they are).
fn without_dots(path_and_more: &str) -> String {
    let end = path_and_more
        .find(['?', '#'])
        .unwrap_or(path_and_more.len());
    let (path, more) = path_and_more.split_at(end);
    let mut segments: Vec<&str> = Vec::new();
    let mut parts = path.split('/').skip(1).peekable();
    while let Some(segment) = parts.next() {
        let last = parts.peek().is_none();
        match segment {
            "." | ".." => {
                if segment == ".." {
                    segments.pop();
                }
                // `a/..` names the folder: it keeps its trailing slash.
                if last {
                    segments.push("");
                }
            }
            _ => segments.push(segment),
        }
    }
    format!("/{}{more}", segments.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_as_a_browser_does() {
        let base = Some("https://example.com/blog/feed.xml?x=1#top");
        let cases = [
            ("https://other.test/a", "https://other.test/a"),
            ("/news/x/", "https://example.com/news/x/"),
            ("img/a.png", "https://example.com/blog/img/a.png"),
            ("./img/../b.png", "https://example.com/blog/b.png"),
            ("../../../up", "https://example.com/up"),
            ("..", "https://example.com/"),
            ("//cdn.test/c.png", "https://cdn.test/c.png"),
            ("?page=2", "https://example.com/blog/feed.xml?page=2"),
            ("#part", "https://example.com/blog/feed.xml?x=1#part"),
            ("a b.png", "https://example.com/blog/a%20b.png"),
        ];
        for (reference, expected) in cases {
            assert_eq!(
                resolve_address(base, reference).as_deref(),
                Some(expected),
                "{reference}"
            );
        }
        assert_eq!(
            resolve_address(Some("https://example.com"), "a").as_deref(),
            Some("https://example.com/a")
        );
    }

    #[test]
    fn refuses_other_schemes_and_missing_bases() {
        let base = Some("https://example.com/");
        assert_eq!(resolve_address(base, "javascript:alert(1)"), None);
        assert_eq!(resolve_address(base, "mailto:a@b.test"), None);
        assert_eq!(resolve_address(None, "/x"), None);
        assert_eq!(resolve_address(Some("/relative/base"), "/x"), None);
        assert_eq!(
            resolve_address(None, "https://a.test/x").as_deref(),
            Some("https://a.test/x")
        );
    }
}
