//! Where each entry of an XML feed is in the file. feed-rs gives its
//! entries no positions, so the file is looked through once more for the
//! start tags of entries (`<item`, `<entry`, with or without a namespace
//! prefix), passing over comments and CDATA sections, whose text may
//! mention such tags. feed-rs makes one entry of each such element, in the
//! order written, so entry `n` starts at the `n`th tag found. A field of an
//! entry is then the first of its elements within the entry.

/// The byte offsets where the entries of a feed start.
#[derive(Debug, Default)]
pub struct EntryPlaces {
    starts: Vec<usize>,
}

impl EntryPlaces {
    /// Finds every entry's start tag in `text`.
    pub fn find(text: &str) -> EntryPlaces {
        let mut starts = Vec::new();
        let mut at = 0;
        while let Some(found) = text[at..].find('<') {
            let tag = at + found;
            let rest = &text[tag..];
            at = tag + 1;
            if rest.starts_with("<!--") {
                at = skip_past(text, tag, "-->");
            } else if rest.starts_with("<![CDATA[") {
                at = skip_past(text, tag, "]]>");
            } else if ["item", "entry"].contains(&local_name(&rest[1..])) {
                starts.push(tag);
            }
        }
        EntryPlaces { starts }
    }

    /// The entry that `offset` is in.
    pub fn entry_at(&self, offset: usize) -> Option<usize> {
        self.starts
            .partition_point(|&start| start <= offset)
            .checked_sub(1)
    }

    /// Where entry `index` starts, or where its `field` (a record's field
    /// name) is written within it, when it can be found.
    pub fn locate(&self, text: &str, index: usize, field: Option<&str>) -> usize {
        let Some(&start) = self.starts.get(index) else {
            return 0;
        };
        let end = self.starts.get(index + 1).copied().unwrap_or(text.len());
        let entry = &text[start..end];
        let names = field.map_or(&[][..], element_names);
        let mut at = 1;
        while let Some(found) = entry[at..].find('<') {
            let tag = at + found;
            if names.contains(&local_name(&entry[tag + 1..])) {
                return start + tag;
            }
            at = tag + 1;
        }
        start
    }
}

/// The elements a record's field is read from, in RSS, RDF and Atom.
fn element_names(field: &str) -> &'static [&'static str] {
    match field {
        "title" => &["title"],
        "webUrl" => &["link", "guid"],
        "excerpt" => &["description", "summary", "content", "encoded"],
        "publishedDateTime" => &["pubDate", "published", "date", "issued", "updated"],
        "updatedDateTime" => &["updated", "modified"],
        "images" => &["content", "thumbnail", "enclosure"],
        "topics" => &["category", "subject"],
        "provider" => &["author", "creator"],
        _ => &[],
    }
}

/// The name of the element whose tag starts `tag` (just after its `<`),
/// without a namespace prefix: `item` for `rss:item foo="…"`. Empty for an
/// end tag or a declaration.
fn local_name(tag: &str) -> &str {
    let end = tag
        .find(|c: char| c.is_whitespace() || matches!(c, '>' | '/'))
        .unwrap_or(tag.len());
    let name = &tag[..end];
    name.rsplit(':').next().unwrap_or(name)
}

/// Just past the first `end` after `from`, or the end of `text`.
fn skip_past(text: &str, from: usize, end: &str) -> usize {
    text[from..]
        .find(end)
        .map_or(text.len(), |found| from + found + end.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_entries_but_not_tags_in_cdata_or_comments() {
        let text = "<rss><channel><title>T</title>\n<!-- <item> -->\
                    <item><title>A</title><description><![CDATA[<item>x</item>]]></description></item>\n\
                    <rss:item><pubDate>d</pubDate></rss:item><entry/></channel></rss>";
        let places = EntryPlaces::find(text);
        assert_eq!(places.starts.len(), 3);
        let first = text.find("<item><title>A").unwrap_or_default();
        assert_eq!(places.locate(text, 0, None), first);
        assert_eq!(
            places.locate(text, 0, Some("title")),
            first + "<item>".len()
        );
        let date = text.find("<pubDate>").unwrap_or_default();
        assert_eq!(places.locate(text, 1, Some("publishedDateTime")), date);
        assert_eq!(places.locate(text, 9, None), 0);
    }
}
