//! JSON nested deeper than any record needs.
//!
//! serde_json refuses a document that nests more than 128 arrays or objects
//! (its guard against running out of stack), so one hostile record with
//! `"topics": [[[[...]]]]` would cost the reader the whole feed. Instead, the
//! values that open too deep become `null`: newsdeck reads them as absent,
//! like any field of a type that makes no sense, and the record still shows.

/// Deepest nesting kept. newsdeck's own bundles nest 8 levels (bundle,
/// list, record, related list, related record, provider, images, image).
pub const MAX_NESTING: usize = 64;

/// `text` with every array or object that opens more than `max` levels deep
/// replaced by `null`; `None` when nothing in it is that deep. Only brackets
/// outside strings count. The result is only meant for a JSON parser: when
/// `text` is not JSON to begin with, it still is not.
pub fn without_deep_values(text: &str, max: usize) -> Option<String> {
    let mut shallower = String::new();
    let mut copied = 0;
    let mut depth = 0usize;
    let mut cut_from = None;
    let (mut in_string, mut escaped) = (false, false);
    for (at, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth == max + 1 && cut_from.is_none() {
                    cut_from = Some(at);
                }
            }
            b']' | b'}' => {
                if depth == max + 1 {
                    if let Some(from) = cut_from.take() {
                        // Brackets are ASCII: `from` and `at` are character boundaries.
                        shallower.push_str(&text[copied..from]);
                        shallower.push_str("null");
                        copied = at + 1;
                    }
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    if copied == 0 && cut_from.is_none() {
        return None;
    }
    // A deep value that never closes is cut off here; the parser then says
    // where the text ends too early.
    shallower.push_str(&text[copied..cut_from.unwrap_or(text.len())]);
    Some(shallower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_only_the_values_that_open_too_deep() {
        assert_eq!(
            without_deep_values(r#"{"a": [[1], [[2]]], "b": {"c": {}}}"#, 2).as_deref(),
            Some(r#"{"a": [null, null], "b": {"c": null}}"#)
        );
        assert_eq!(without_deep_values(r#"[[1], {"a": 2}]"#, 2), None);
    }

    #[test]
    fn brackets_inside_strings_do_not_count() {
        assert_eq!(without_deep_values(r#"["[[[[", "\"{{{{"]"#, 1), None);
        assert_eq!(
            without_deep_values(r#"[["]\"]", [1]]]"#, 1).as_deref(),
            Some("[null]")
        );
    }

    #[test]
    fn an_unclosed_deep_value_is_cut_where_it_opens() {
        assert_eq!(without_deep_values("[1, [[[", 1).as_deref(), Some("[1, "));
        assert_eq!(without_deep_values("<html>", 1), None);
    }
}
