//! The widget's element as a page holds it before newsdeck starts.

use super::escaped;

/// Where the written first screen gets what it links to.
pub struct Placement<'a> {
    /// The element's attributes (`data-src`, the settings), in order.
    pub attributes: &'a [(String, String)],
    /// The style sheet the shadow root links (no inline styles, so a strict
    /// Content Security Policy still holds).
    pub stylesheet: &'a str,
    /// The first screen: the widget's section, as the widget draws it.
    pub first_screen: &'a str,
    /// Shown instead where the shadow root cannot be (see `plain_links`).
    pub fallback: &'a str,
}

/// `<div data-newsdeck …>` with the first screen in a declarative shadow
/// root (`<template shadowrootmode="open">`). The shadow root shows the
/// cards as soon as the HTML arrives; the element's own children, the plain
/// links, show only where it cannot be made. newsdeck's entry script makes
/// it from the template where the browser did not (an older browser, or a
/// page that inserted this HTML through `innerHTML`), and then takes over.
pub fn host_element(placement: &Placement) -> String {
    let mut html = String::from("<div data-newsdeck");
    for (name, value) in placement.attributes {
        html += &format!(" {name}=\"{}\"", escaped(value));
    }
    html += &format!(
        ">\n<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\"><div class=\"nd-first\">{}</div></template>\n{}</div>\n",
        escaped(placement.stylesheet),
        placement.first_screen,
        placement.fallback,
    );
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_escaped_and_the_screen_sits_in_a_shadow_root() {
        let attributes = [
            ("data-src".to_owned(), "news.json".to_owned()),
            ("data-label".to_owned(), "\"Quotes\" & <tags>".to_owned()),
        ];
        let html = host_element(&Placement {
            attributes: &attributes,
            stylesheet: "/newsdeck/newsdeck.css",
            first_screen: "<section class=\"newsdeck\"></section>",
            fallback: "<ul></ul>",
        });
        assert!(html.starts_with(
            "<div data-newsdeck data-src=\"news.json\" data-label=\"&quot;Quotes&quot; &amp; &lt;tags&gt;\">"
        ));
        assert!(html.contains(
            "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/newsdeck/newsdeck.css\"><div class=\"nd-first\"><section class=\"newsdeck\"></section></div></template>"
        ));
        assert!(html.trim_end().ends_with("<ul></ul></div>"));
    }
}
