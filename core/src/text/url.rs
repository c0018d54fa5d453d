//! Only `http` and `https` addresses ever become links or image sources.

use crate::text::find;

/// The address, trimmed, when it is an absolute `http(s)` URL with a host;
/// `None` for `javascript:`, `data:`, relative paths and anything else.
pub fn web_address(raw: &str) -> Option<String> {
    // Every link and picture of every record comes through here: few looks
    // at each byte, and nothing copied but the result.
    let trimmed = raw.trim();
    let colon = trimmed.find(':')?;
    let rest = trimmed[colon + 1..].strip_prefix("//")?;
    let scheme = ["http", "https"]
        .into_iter()
        .find(|known| trimmed[..colon].eq_ignore_ascii_case(known))?;
    let authority_end = rest
        .bytes()
        .position(|byte| matches!(byte, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let host = without_user(authority);
    if host.is_empty() || host.starts_with(':') {
        return None;
    }
    // Nearly every address is printable ASCII: one range check a byte.
    let mut spaces = false;
    if !rest.bytes().all(|byte| matches!(byte, b'!'..=b'~')) {
        if rest.bytes().any(|byte| byte < 0x20 || byte == 0x7f)
            || (!rest.is_ascii() && rest.chars().any(char::is_control))
        {
            return None;
        }
        spaces = rest.contains(' ');
    }
    let mut address = String::with_capacity(scheme.len() + 3 + rest.len());
    address.push_str(scheme);
    address.push_str("://");
    // Browsers accept spaces in addresses, but a bare one would split srcset
    // lists and confuse copy-paste; encode them.
    match spaces {
        true => address.push_str(&rest.replace(' ', "%20")),
        false => address.push_str(rest),
    }
    Some(address)
}

/// An address's authority without its `user@` part: `"ann@x.test:80"` →
/// `"x.test:80"`. By bytes: the standard library's backward search for a
/// character would be its only use in the widget (0.4 kB gzip).
pub(crate) fn without_user(authority: &str) -> &str {
    match authority.bytes().rposition(|byte| byte == b'@') {
        Some(at) => &authority[at + 1..],
        None => authority,
    }
}

/// The host of a web address, lower-cased and without `www.`: `"forbes.com"`.
pub fn site_of(address: &str) -> Option<String> {
    let after_scheme = find::split_once(address, "://")?.1;
    let authority = after_scheme.split(['/', '?', '#']).next()?;
    let host = without_user(authority).split(':').next()?;
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
    fn refuses_control_characters_as_char_tells_them() {
        for c in [
            '\0', '\n', '\u{7f}', '\u{80}', '\u{85}', '\u{9f}', '\u{a0}', 'é', 'ſ', '\u{2028}',
        ] {
            let address = web_address(&format!("https://a.test/{c}x"));
            assert_eq!(address.is_none(), c.is_control(), "{c:?}");
        }
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
