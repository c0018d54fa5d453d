//! The first paragraph of a post's Markdown body, as plain text: what a
//! reader sees first, used as the excerpt when the front matter gives none.
//! Markdown's marks are dropped (emphasis, links keep their words, pictures
//! and headings go); HTML tags and Liquid or shortcode tags too. Entities
//! and spaces are tidied later, as for every excerpt.

/// The first paragraph of prose in `body`, or `None` when there is none.
/// Hugo's `<!--more-->` ends it early, as it ends Hugo's own summary.
pub fn first_paragraph(body: &str) -> Option<String> {
    let body = body.split("<!--more-->").next().unwrap_or(body);
    let mut lines: Vec<&str> = Vec::new();
    let mut fenced = false;
    for line in body.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            if !lines.is_empty() {
                break;
            }
            continue;
        }
        if fenced {
            continue;
        }
        if trimmed.is_empty() {
            if lines.is_empty() {
                continue;
            }
            break;
        }
        if lines.is_empty() && !is_prose(trimmed) {
            continue;
        }
        lines.push(trimmed);
    }
    let text = plain_text(&lines.join(" "));
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// Whether a paragraph's first line starts prose, not a heading, a picture
/// alone, a rule, a table or a template tag.
fn is_prose(line: &str) -> bool {
    let picture_alone = line.starts_with("![") && line.ends_with(')');
    let marks_only = line
        .chars()
        .all(|c| matches!(c, '-' | '*' | '_' | '=' | ' '));
    !(line.starts_with('#')
        || line.starts_with('|')
        || line.starts_with("{%")
        || line.starts_with("{{")
        || line.starts_with("<!--")
        || picture_alone
        || marks_only)
}

/// Markdown's inline marks and HTML tags taken out of `text`.
fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            // A picture: gone, words and all.
            '!' if after.starts_with('[') => rest = skip_link(after).unwrap_or(after),
            // A link: its words stay.
            '[' => match link_words(rest) {
                Some((words, next)) => {
                    out.push_str(words);
                    rest = next;
                }
                None => {
                    out.push(c);
                    rest = after;
                }
            },
            '<' => rest = after.split_once('>').map_or(after, |(_, next)| next),
            '{' if after.starts_with('%') || after.starts_with('{') => {
                rest = after
                    .split_once('}')
                    .map_or(after, |(_, next)| next.trim_start_matches('}'));
            }
            '*' | '`' | '~' => rest = after,
            // Underscores mark emphasis at a word's edge, not inside one.
            '_' if !(out.ends_with(char::is_alphanumeric)
                && after.starts_with(char::is_alphanumeric)) =>
            {
                rest = after;
            }
            _ => {
                out.push(c);
                rest = after;
            }
        }
    }
    let out = out.trim_start_matches(['>', '-', '+', ' ']);
    out.to_owned()
}

/// `[words](address)` or `[words][ref]` at the start of `text`: the words
/// and what follows the link.
fn link_words(text: &str) -> Option<(&str, &str)> {
    let close = text.find(']')?;
    let words = &text[1..close];
    let after = &text[close + 1..];
    let next = match after.chars().next() {
        Some('(') => &after[after.find(')')? + 1..],
        Some('[') => &after[after.find(']')? + 1..],
        _ => after,
    };
    Some((words, next))
}

/// What follows a picture's `[alt](address)`.
fn skip_link(text: &str) -> Option<&str> {
    link_words(text).map(|(_, next)| next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_first_paragraph_of_prose_as_text() {
        let body = "\n![hero](/img/a.png)\n\n## Heading\n\n{% include note.html %}\n\n> Our _new_ app, **Fold**, is out: see [the launch](https://x.test/) and `fold --help`.\nIt folds <em>laundry</em>.\n\nSecond paragraph.\n";
        assert_eq!(
            first_paragraph(body).as_deref(),
            Some("Our new app, Fold, is out: see the launch and fold --help. It folds laundry.")
        );
    }

    #[test]
    fn stops_at_hugos_summary_mark_and_keeps_snake_case() {
        let body = "The snake_case name stays, a [ref link][1] too. <!--more--> Not this.";
        assert_eq!(
            first_paragraph(body).as_deref(),
            Some("The snake_case name stays, a ref link too.")
        );
    }

    #[test]
    fn a_body_without_prose_gives_nothing() {
        assert_eq!(first_paragraph(""), None);
        assert_eq!(first_paragraph("\n# Only a heading\n\n---\n"), None);
        assert_eq!(first_paragraph("```\ncode only\n```\n"), None);
    }
}
