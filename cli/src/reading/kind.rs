//! What kind of file an input is, told by what it holds rather than by its
//! name: feeds are saved as `.xml`, `.rss`, `.atom` or with no extension at
//! all, and a page saved as `feed.xml` is still a page.

use std::path::Path;

/// What an input file looks like it holds.
#[derive(Debug, PartialEq, Eq)]
pub enum Kind {
    /// Front matter (`---` first), or a file that is no other kind.
    FrontMatter,
    /// JSON: a bundle, an API page, a manifest or a JSON Feed.
    Json,
    /// An XML feed: its root is `<rss>`, `<rdf:RDF>` or `<feed>`.
    XmlFeed,
    /// An HTML page.
    HtmlPage,
    /// Some other XML document, with the name of its root element (none
    /// when a file named as a feed holds no markup at all).
    OtherXml(String),
}

/// The kind of `text`, with the extension deciding only for a file that
/// starts like none of them.
pub fn kind_of(path: &Path, text: &str) -> Kind {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if start.starts_with(['{', '[']) {
        return Kind::Json;
    }
    if start.starts_with('<') {
        return markup_kind(start);
    }
    match path.extension().and_then(|e| e.to_str()) {
        Some("json") => Kind::Json,
        // Named as a feed, but no markup: not front matter either.
        Some("xml" | "rss" | "atom" | "rdf") => Kind::OtherXml(String::new()),
        _ => Kind::FrontMatter,
    }
}

/// Passes over the XML declaration, comments and the document type to the
/// root element.
fn markup_kind(mut rest: &str) -> Kind {
    loop {
        rest = rest.trim_start();
        let skip = if rest.starts_with("<?") {
            "?>"
        } else if rest.starts_with("<!--") {
            "-->"
        } else if rest.starts_with("<!") {
            let declaration = rest.split('>').next().unwrap_or_default();
            if declaration.to_ascii_lowercase().contains("html") {
                return Kind::HtmlPage;
            }
            ">"
        } else {
            break;
        };
        match rest.find(skip) {
            Some(end) => rest = &rest[end + skip.len()..],
            None => return Kind::OtherXml(String::new()),
        }
    }
    let name: String = rest
        .trim_start_matches('<')
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, '>' | '/'))
        .collect();
    let local = name.rsplit(':').next().unwrap_or_default();
    match local.to_ascii_lowercase().as_str() {
        "rss" | "rdf" | "feed" => Kind::XmlFeed,
        "html" | "head" | "body" => Kind::HtmlPage,
        _ => Kind::OtherXml(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(name: &str, text: &str) -> Kind {
        kind_of(Path::new(name), text)
    }

    #[test]
    fn tells_files_apart_by_what_they_hold() {
        let rss = "\u{feff}<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<rss version=\"2.0\">";
        assert_eq!(kind("feed", rss), Kind::XmlFeed);
        assert_eq!(kind("a.xml", "<rdf:RDF xmlns:rdf=\"…\">"), Kind::XmlFeed);
        assert_eq!(
            kind("a.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Kind::XmlFeed
        );
        assert_eq!(
            kind("feed.xml", "<!DOCTYPE html>\n<html lang=en>"),
            Kind::HtmlPage
        );
        assert_eq!(kind("feed.xml", "<HTML><BODY>"), Kind::HtmlPage);
        assert_eq!(kind("s.xml", "<urlset>"), Kind::OtherXml("urlset".into()));
        assert_eq!(kind("a.md", "  {\"version\": 1}"), Kind::Json);
        assert_eq!(kind("a.json", "not json"), Kind::Json);
        assert_eq!(kind("a.md", "---\ntitle: x\n---\n"), Kind::FrontMatter);
        assert_eq!(kind("a", "title: x"), Kind::FrontMatter);
        assert_eq!(kind("a.rss", "Not found"), Kind::OtherXml(String::new()));
    }
}
