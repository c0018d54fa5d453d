//! Only `http` and `https` addresses ever become links or image sources.

/// The address, trimmed, when it is an absolute `http(s)` URL with a host;
/// `None` for `javascript:`, `data:`, relative paths and anything else.
pub fn web_address(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    let scheme_end = trimmed.find("://")?;
    let scheme = &trimmed[..scheme_end];
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    let rest = &trimmed[scheme_end + 3..];
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    if host.is_empty() || host.starts_with(':') {
        return None;
    }
    if trimmed.chars().any(|c| c.is_control()) {
        return None;
    }
    // Browsers accept spaces in addresses, but a bare one would split srcset
    // lists and confuse copy-paste; encode them.
    let address = format!(
        "{}://{}",
        scheme.to_ascii_lowercase(),
        rest.replace(' ', "%20")
    );
    Some(address)
}

/// The host of a web address, lower-cased and without `www.`: `"forbes.com"`.
pub fn site_of(address: &str) -> Option<String> {
    let after_scheme = address.split_once("://")?.1;
    let authority = after_scheme.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_http_and_https() {
        assert_eq!(
            web_address(" https://www.rt.com/uk/532293/ ").as_deref(),
            Some("https://www.rt.com/uk/532293/")
        );
        assert_eq!(
            web_address("HTTP://Example.com").as_deref(),
            Some("http://Example.com")
        );
        assert_eq!(
            web_address("https://a.b/c d").as_deref(),
            Some("https://a.b/c%20d")
        );
    }

    #[test]
    fn refuses_everything_else() {
        for raw in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "javascript://%0aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "/relative/path",
            "//cdn.example.com/x.jpg",
            "ftp://example.com/file",
            "https://",
            "https:///path",
            "https://:80/",
            "https://exa\nmple.com/",
            "",
        ] {
            assert_eq!(web_address(raw), None, "{raw:?}");
        }
    }

    #[test]
    fn names_the_site() {
        assert_eq!(
            site_of("https://www.Forbes.com/x?y").as_deref(),
            Some("forbes.com")
        );
        assert_eq!(
            site_of("http://user@news.ycombinator.com:8080/").as_deref(),
            Some("news.ycombinator.com")
        );
        assert_eq!(site_of("not a url"), None);
    }
}
