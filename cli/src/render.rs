//! The HTML `newsdeck render` writes: the widget's element holding its first
//! screen as a declarative shadow root, a plain list of the same stories for
//! browsers that show neither, and those stories as JSON-LD for search
//! engines. The first screen itself is the widget's own markup, written by
//! its components (`newsdeck::prerender`); this module only places it.

mod host;
mod json_ld;
mod links;
mod page;

pub use host::{host_element, Placement};
pub use json_ld::json_ld;
pub use links::plain_links;
pub use page::whole_page;

/// `text` safe inside an element or a double-quoted attribute.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escaped;

    #[test]
    fn markup_in_text_stays_text() {
        assert_eq!(
            escaped(r#"<img src=x onerror="a('b')"> & co"#),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co"
        );
    }
}
