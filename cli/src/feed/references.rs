//! Entity references as feeds get them wrong. A feed is XML, which knows
//! five named entities (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`) and
//! refuses a bare `&`; feeds are written by hand and by templates, and
//! `&nbsp;` or `AT&T` in a title are everyday. feed-rs keeps an unknown
//! entity as written, which core then reads as HTML does; a bare `&` stops
//! it, and with it the whole feed. So each is told about where it is
//! first used, and a bare `&` is read as the `&` it means. A browser's
//! XML parser refuses either, which the messages say.

use std::borrow::Cow;

/// XML's own named entities.
const XML_ENTITIES: [&str; 5] = ["amp", "lt", "gt", "quot", "apos"];

/// What the references of a feed's text came to.
pub struct References<'a> {
    /// Notes at byte offsets in the file's text.
    pub notes: Vec<(usize, String)>,
    /// The text to parse: the file's, with each bare `&` written `&amp;`.
    pub parsed: Cow<'a, str>,
    /// Where in the file's text each bare `&` is.
    bare: Vec<usize>,
}

impl References<'_> {
    /// The file's offset of an offset into [`References::parsed`].
    pub fn in_file(&self, parsed_offset: usize) -> usize {
        let added = "amp;".len();
        let mut offset = parsed_offset;
        for (escaped_before, &at) in self.bare.iter().enumerate() {
            if at + escaped_before * added < parsed_offset {
                offset -= added;
            }
        }
        offset
    }
}

/// Notes on the references of a feed's text, and the text to parse.
pub fn check_references(text: &str) -> References<'_> {
    let declared = declared_entities(text);
    // Each unknown name's first place and how often it is used.
    let mut unknown: Vec<(&str, usize, usize)> = Vec::new();
    let mut bare: Vec<usize> = Vec::new();
    let mut at = 0;
    while let Some(offset) = text[at..].find(['&', '<']) {
        let start = at + offset;
        let rest = &text[start..];
        at = start + 1;
        if let Some(end) = skipped_section_end(rest) {
            at = rest.find(end).map_or(text.len(), |e| start + e + end.len());
            continue;
        }
        if !rest.starts_with('&') || is_character_reference(rest) {
            continue;
        }
        let Some(name) = entity_name(rest) else {
            bare.push(start);
            continue;
        };
        if XML_ENTITIES.contains(&name) || declared.contains(&name) {
            continue;
        }
        match unknown.iter_mut().find(|(seen, ..)| *seen == name) {
            Some((_, _, uses)) => *uses += 1,
            None => unknown.push((name, start, 1)),
        }
    }
    let mut notes: Vec<(usize, String)> = unknown
        .into_iter()
        .map(|(name, first, uses)| {
            let times = if uses > 1 { format!(" (used {uses} times)") } else { String::new() };
            let message = format!(
                "&{name}; is not an XML entity (XML has only &amp; &lt; &gt; &quot; &apos;): read as HTML reads it, but browsers refuse the whole feed{times}"
            );
            (first, message)
        })
        .collect();
    if let Some(&first) = bare.first() {
        let times = if bare.len() > 1 {
            format!(" (and {} more)", bare.len() - 1)
        } else {
            String::new()
        };
        let message = format!(
            "a bare & (XML needs &amp;): read as &, but browsers refuse the whole feed{times}"
        );
        notes.push((first, message));
    }
    notes.sort_by_key(|(at, _)| *at);
    References {
        notes,
        parsed: escaped(text, &bare),
        bare,
    }
}

/// The end of a section whose `&` are not references, when `text` starts one.
fn skipped_section_end(text: &str) -> Option<&'static str> {
    if text.starts_with("<![CDATA[") {
        Some("]]>")
    } else if text.starts_with("<!--") {
        Some("-->")
    } else if text.starts_with("<?") {
        Some("?>")
    } else {
        None
    }
}

/// `&#8217;` or `&#x2019;`.
fn is_character_reference(text: &str) -> bool {
    let Some(number) = text.strip_prefix("&#") else {
        return false;
    };
    let (digits, hex) = match number.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, true),
        None => (number, false),
    };
    let end = digits.find(';').unwrap_or(0);
    end > 0
        && digits[..end].chars().all(|c| match hex {
            true => c.is_ascii_hexdigit(),
            false => c.is_ascii_digit(),
        })
}

/// The name of the entity `&name;` that `text` starts with.
fn entity_name(text: &str) -> Option<&str> {
    let body = text.strip_prefix('&')?;
    let end = body.find(';').filter(|&end| end > 0 && end <= 32)?;
    let name = &body[..end];
    let is_name = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    is_name.then_some(name)
}

/// The entities the feed's own DTD declares (`<!ENTITY name "…">`).
fn declared_entities(text: &str) -> Vec<&str> {
    let Some(doctype) = text.find("<!DOCTYPE") else {
        return Vec::new();
    };
    let subset_end = text[doctype..]
        .find("]>")
        .map_or(doctype, |end| doctype + end);
    text[doctype..subset_end]
        .split("<!ENTITY")
        .skip(1)
        .filter_map(|declaration| declaration.split_whitespace().next())
        .collect()
}

/// `text` with the `&` at each of `bare` written `&amp;`.
fn escaped<'a>(text: &'a str, bare: &[usize]) -> Cow<'a, str> {
    if bare.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + bare.len() * 4);
    let mut from = 0;
    for &at in bare {
        out.push_str(&text[from..at]);
        out.push_str("&amp;");
        from = at + 1;
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_entities_and_bare_ampersands_are_named_once_each() {
        let text = "<!DOCTYPE rss [<!ENTITY mine \"m\">]>\n<rss><title>&mine; &amp; &nbsp;&nbsp;\
                    <![CDATA[&hellip; & x]]><!-- &copy; --> &#160; &#x2019; &eacute; AT&T, R & D</title></rss>";
        let References { notes, parsed, .. } = check_references(text);
        let found: Vec<(usize, &str)> = notes
            .iter()
            .map(|(at, message)| (*at, message.split(' ').next().unwrap_or_default()))
            .collect();
        let at = |needle: &str| text.find(needle).unwrap_or_default();
        assert_eq!(
            found,
            [
                (at("&nbsp;"), "&nbsp;"),
                (at("&eacute;"), "&eacute;"),
                (at("&T"), "a")
            ]
        );
        assert!(notes[0].1.ends_with("(used 2 times)"), "{}", notes[0].1);
        assert!(notes[2].1.ends_with("(and 1 more)"), "{}", notes[2].1);
        assert!(parsed.contains("AT&amp;T, R &amp; D"), "{parsed}");
        assert!(parsed.contains("<![CDATA[&hellip; & x]]>"), "{parsed}");
    }

    #[test]
    fn offsets_in_the_parsed_text_are_found_in_the_file() {
        let text = "a & b & c <x>";
        let references = check_references(text);
        let parsed_x = references.parsed.find("<x>").unwrap_or_default();
        assert_eq!(
            references.in_file(parsed_x),
            text.find("<x>").unwrap_or_default()
        );
        assert_eq!(references.in_file(1), 1);
    }

    #[test]
    fn a_clean_feed_is_parsed_as_it_is() {
        let References { notes, parsed, .. } = check_references("<rss>&amp;&lt;&#38;</rss>");
        assert!(notes.is_empty());
        assert!(matches!(parsed, Cow::Borrowed(_)));
    }
}
