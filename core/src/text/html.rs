//! The words of an HTML fragment, as a feed's summary or content gives
//! them: tags removed, what is never read as text (scripts, styles,
//! comments) dropped, and blocks kept apart by a space. Entities are left
//! as written: every record's text is decoded once, by `clean`, and
//! decoding here too would turn `&amp;lt;` (the text `&lt;`) into `<`.
//!
//! A small scanner rather than an HTML parser: the widget carries it, and
//! text is all that is wanted. It never fails; a `<` that opens no tag
//! (`a < b`) is text.

/// Elements whose contents are not text a reader sees.
const UNSEEN: [&str; 8] = [
    "script", "style", "noscript", "template", "head", "title", "svg", "math",
];

/// Elements that are not the story's prose: skipped when looking for the
/// first paragraph, kept in the whole text.
const NOT_PROSE: [&str; 9] = [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "pre",
    "table",
];

/// Elements that end a paragraph (and inline ones that do not).
const BLOCKS: [&str; 27] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figure",
    "figcaption",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "hr",
    "section",
    "article",
    "aside",
];

/// All the text of `html`, blocks separated by spaces.
pub fn html_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    scan(html, |piece| match piece {
        Piece::Text(words) => {
            text.push_str(words);
            true
        }
        Piece::Block { .. } => {
            text.push(' ');
            true
        }
    });
    text
}

/// The text of the first paragraph of `html` that has any: what a reader
/// sees first. Headings, captions, code and tables before it are passed
/// over; a fragment of text and inline tags only is one paragraph.
pub fn first_paragraph(html: &str) -> Option<String> {
    let mut text = String::new();
    let mut skipping: Option<String> = None;
    scan(html, |piece| match piece {
        Piece::Block { name, closing } => {
            if let Some(skipped) = &skipping {
                if closing && *skipped == name {
                    skipping = None;
                }
                return true;
            }
            // A line break stays inside its paragraph.
            if name == "br" {
                text.push(' ');
                return true;
            }
            if has_words(&text) {
                return false;
            }
            if !closing && NOT_PROSE.contains(&name.as_str()) {
                skipping = Some(name);
            }
            text.push(' ');
            true
        }
        Piece::Text(words) => {
            if skipping.is_none() {
                text.push_str(words);
            }
            true
        }
    });
    has_words(&text).then_some(text)
}

fn has_words(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace())
}

/// What the scanner meets.
enum Piece<'a> {
    /// Text between tags, entities as written.
    Text(&'a str),
    /// A tag that starts or ends a block, its name in lower case.
    Block { name: String, closing: bool },
}

/// Walks `html`, handing each piece to `visit` until it returns `false`.
fn scan<'a>(html: &'a str, mut visit: impl FnMut(Piece<'a>) -> bool) {
    let mut rest = html;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            visit(Piece::Text(rest));
            return;
        };
        let (before, tag) = rest.split_at(open);
        if !before.is_empty() && !visit(Piece::Text(before)) {
            return;
        }
        if let Some(comment) = tag.strip_prefix("<!--") {
            rest = comment.split_once("-->").map_or("", |(_, after)| after);
            continue;
        }
        let Some((name, closing, after)) = tag_at(tag) else {
            // Not a tag: the `<` is text.
            if !visit(Piece::Text("<")) {
                return;
            }
            rest = &tag[1..];
            continue;
        };
        rest = after;
        if !closing && UNSEEN.contains(&name.as_str()) {
            rest = end_of_element(rest, &name);
        } else if BLOCKS.contains(&name.as_str()) && !visit(Piece::Block { name, closing }) {
            return;
        }
    }
}

/// The tag at the start of `text` (`<p class="x">`, `</div>`, `<br/>`,
/// `<!DOCTYPE …>`): its lower-case name, whether it closes, and the text
/// after it. `None` when `<` starts no tag.
fn tag_at(text: &str) -> Option<(String, bool, &str)> {
    let body = &text[1..];
    let (closing, body) = match body.strip_prefix('/') {
        Some(after) => (true, after),
        None => (false, body),
    };
    let first = body.chars().next()?;
    if !(first.is_ascii_alphabetic() || (!closing && matches!(first, '!' | '?'))) {
        return None;
    }
    let name_len = body
        .find(|c: char| c.is_whitespace() || matches!(c, '/' | '>'))
        .unwrap_or(body.len());
    let name = body[..name_len].to_ascii_lowercase();
    // The tag ends at the first `>` outside quotes.
    let mut quote = None;
    for (at, c) in body.char_indices().skip(name_len) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if q == c => quote = None,
            (None, '>') => return Some((name, closing, &body[at + 1..])),
            _ => {}
        }
    }
    Some((name, closing, ""))
}

/// What follows the end tag of `name` (searched without regard to case).
fn end_of_element<'a>(text: &'a str, name: &str) -> &'a str {
    let mut from = 0;
    while let Some(at) = text[from..].find("</") {
        let start = from + at;
        let candidate = &text[start + 2..];
        if candidate
            .get(..name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return candidate.split_once('>').map_or("", |(_, after)| after);
        }
        from = start + 2;
    }
    ""
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tidy(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn takes_the_words_out_of_the_markup() {
        let html = "<p>Robots <b>fold</b> laundry.</p><script>alert('x<p>')</script>\
                    <style>p{}</style><!-- note --><ul><li>One</li><li>Two</li></ul>";
        assert_eq!(tidy(&html_text(html)), "Robots fold laundry. One Two");
    }

    #[test]
    fn leaves_entities_and_stray_angles_for_clean() {
        assert_eq!(
            html_text("AT&amp;T &lt;b&gt; costs < 3 &euro;"),
            "AT&amp;T &lt;b&gt; costs < 3 &euro;"
        );
        assert_eq!(html_text("<a href='x>y' title=\"a>b\">link</a>"), "link");
    }

    #[test]
    fn the_first_paragraph_passes_over_headings_and_pictures() {
        let html = "<h2>Heading</h2>\n<figure><img src=a.png><figcaption>Cap</figcaption></figure>\
                    <p>First <em>words</em>.</p><p>Second.</p>";
        assert_eq!(
            first_paragraph(html).map(|t| tidy(&t)).as_deref(),
            Some("First words.")
        );
        assert_eq!(
            first_paragraph("Just text, <i>inline</i>.").as_deref(),
            Some("Just text, inline.")
        );
        assert_eq!(first_paragraph("<h1>Only a heading</h1><p> </p>"), None);
        assert_eq!(first_paragraph(""), None);
        assert_eq!(
            first_paragraph("One<br>line.<br/><p>Next</p>").as_deref(),
            Some("One line. ")
        );
    }

    #[test]
    fn cut_markup_ends_quietly() {
        assert_eq!(tidy(&html_text("text <p class=\"unclosed")), "text");
        assert_eq!(tidy(&html_text("a <script>never closed")), "a");
        assert_eq!(tidy(&html_text("a <!-- never closed")), "a");
    }
}
