//! Where a feed that is not well-formed XML goes wrong. feed-rs says what
//! is wrong, not where; the XML reader it is built on, quick-xml, reads the
//! text again to find the place.

/// Where XML first goes wrong in `text` (a byte offset), and how.
pub fn xml_error(text: &str) -> Option<(usize, String)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut open = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(tag)) => open.push(tag.name().as_ref().to_owned()),
            Ok(Event::End(_)) => {
                open.pop();
            }
            Ok(Event::Eof) => {
                let name = open.pop()?;
                return Some((
                    text.len(),
                    format!("the file ends before <{name}> is closed"),
                ));
            }
            Ok(_) => {}
            Err(err) => {
                let at = usize::try_from(reader.error_position()).unwrap_or(0);
                return Some((at.min(text.len()), err.to_string()));
            }
        }
    }
}
