//! A whole static page around the written widget, for sites that publish
//! the news as a page of its own.

use super::escaped;

/// The page: `title` as its heading, the entry script (a module, so it never
/// holds up the cards), then `body` (the widget and its JSON-LD). Cards are
/// level 3 headings, so the widget sits under a level 2.
pub fn whole_page(title: &str, lang: &str, script: &str, body: &str) -> String {
    let title = escaped(title);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<title>{title}</title>\n\
         <script type=\"module\" src=\"{script}\"></script>\n</head>\n<body>\n\
         <header><h1>{title}</h1></header>\n<main>\n<h2>Latest stories</h2>\n{body}</main>\n\
         </body>\n</html>\n",
        lang = escaped(lang),
        script = escaped(script),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_with_its_title_script_and_body() {
        let page = whole_page(
            "News & views",
            "de",
            "/js/newsdeck.js",
            "<div data-newsdeck></div>\n",
        );
        assert!(page.starts_with("<!doctype html>\n<html lang=\"de\">"));
        assert!(page.contains("<title>News &amp; views</title>"));
        assert!(page.contains("<script type=\"module\" src=\"/js/newsdeck.js\"></script>"));
        assert!(page.contains("<h2>Latest stories</h2>\n<div data-newsdeck></div>\n</main>"));
    }
}
