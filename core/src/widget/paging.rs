//! Where the next part of a feed is: API pages say `nextPage: N`, and the
//! address of page N comes from a template or from the first page's address.

use crate::text::find;

/// The address of API page `n`. With a template (`page/{n}/index.json`) it
/// is filled in; without, the page number in the first page's address is
/// replaced (`api/news/page/1/index.json` → `api/news/page/2/index.json`,
/// `news/page1/` → `news/page2/`). `None` when neither works.
pub fn next_page_address(first: &str, template: Option<&str>, n: u64) -> Option<String> {
    if let Some(template) = template {
        return find::find(template, "{n}").map(|_| find::replace(template, "{n}", &n.to_string()));
    }
    let (path, rest) = first.split_at(first.find(['?', '#']).unwrap_or(first.len()));
    let at = find::rfind(path, "page")?;
    let after = &path[at + 4..];
    let separator = usize::from(after.starts_with('/'));
    let digits = after[separator..]
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    if digits == 0 {
        return None;
    }
    let number_at = at + 4 + separator;
    Some(format!(
        "{}{n}{}{rest}",
        &path[..number_at],
        &path[number_at + digits..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_a_template() {
        assert_eq!(
            next_page_address("x.json", Some("api/page/{n}/index.json"), 3).as_deref(),
            Some("api/page/3/index.json")
        );
        assert_eq!(next_page_address("x.json", Some("no-number.json"), 3), None);
    }

    #[test]
    fn replaces_the_page_number_of_the_first_address() {
        let next = |first: &str| next_page_address(first, None, 2);
        assert_eq!(
            next("api/news/page/1/index.json").as_deref(),
            Some("api/news/page/2/index.json")
        );
        assert_eq!(
            next("/api/news/page1/index.json").as_deref(),
            Some("/api/news/page2/index.json")
        );
        assert_eq!(
            next("https://a.test/news/page/17/?x=1").as_deref(),
            Some("https://a.test/news/page/2/?x=1")
        );
        assert_eq!(next("demo-bundle.json"), None);
        assert_eq!(next("homepage.json"), None);
    }
}
