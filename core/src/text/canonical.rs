//! The one address that names a story, whatever variant of it a record links
//! to: tracking parameters, `www.`, trailing slashes and AMP copies all lead
//! to the same page, so they must not make one story count twice.

use crate::text::url::{web_address, without_user};

/// Query parameters that say how a reader arrived, not which page they read.
const TRACKING_PARAMETERS: [&str; 4] = ["fbclid", "gclid", "amp", "outputtype=amp"];

/// The canonical form of a web address, or `None` when it is not `http(s)`.
///
/// Scheme and host are lower-cased, `www.` and default ports dropped, the
/// fragment, `utm_*`/`fbclid`/`gclid` parameters and a trailing slash
/// removed, and AMP variants (`/amp/` path segments, `?amp`, the
/// `cdn.ampproject.org/c/s/HOST/…` cache) turned back into the page itself.
pub fn canonical_url(address: &str) -> Option<String> {
    let mut canonical = String::with_capacity(address.len());
    write_canonical_url(address, &mut canonical).then_some(canonical)
}

/// [`canonical_url`] written into `out` (cleared first), reusing its buffer:
/// clustering runs this for every article of large bundles. False when the
/// address is not `http(s)`.
pub fn write_canonical_url(address: &str, out: &mut String) -> bool {
    out.clear();
    // Addresses already in web form (all of a feed's links) skip the copy.
    let owned;
    let address = if is_web_form(address) {
        address
    } else {
        match web_address(address) {
            Some(web) => owned = web,
            None => return false,
        }
        owned.as_str()
    };
    // Web form starts with a lower-case `http://` or `https://`.
    let (scheme, rest) = match address.strip_prefix("https://") {
        Some(rest) => ("https", rest),
        None => match address.strip_prefix("http://") {
            Some(rest) => ("http", rest),
            None => return false,
        },
    };
    let rest = rest.find('#').map_or(rest, |hash| &rest[..hash]);
    let (location, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (authority, path) = location
        .find('/')
        .map_or((location, ""), |slash| location.split_at(slash));
    out.push_str(scheme);
    out.push_str("://");
    push_host(out, authority, scheme);
    let host = &out[scheme.len() + 3..];
    if host == "cdn.ampproject.org" || host.ends_with(".cdn.ampproject.org") {
        if let Some(page) = page_behind_amp_cache(path, query) {
            return write_canonical_url(&page, out);
        }
    }
    for segment in path
        .split('/')
        .filter(|s| !s.is_empty() && !s.eq_ignore_ascii_case("amp"))
    {
        out.push('/');
        out.push_str(segment);
    }
    let mut first = true;
    for parameter in query.split('&').filter(|p| is_kept_parameter(p)) {
        out.push(if first { '?' } else { '&' });
        out.push_str(parameter);
        first = false;
    }
    true
}

/// True when `address` is exactly what [`web_address`] would make of it.
fn is_web_form(address: &str) -> bool {
    let rest = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.starts_with(['/', '?', '#', ':', '@'])
            && !rest.is_empty()
            // A fold rather than `any`: no early exit, so it vectorises.
            && !rest
                .bytes()
                .fold(false, |bad, b| bad | (b <= b' ') | (b == 0x7f))
            // ASCII whitespace is caught above; only other text needs a look.
            && (rest.is_ascii() || !rest.contains(char::is_whitespace))
    })
}

/// Writes the lower-case host (and port, unless it is the scheme's default),
/// without any `user@` part or `www.`.
fn push_host(out: &mut String, authority: &str, scheme: &str) {
    let host = without_user(authority);
    let host = match host.get(..4) {
        Some(www) if www.eq_ignore_ascii_case("www.") => &host[4..],
        _ => host,
    };
    let default_port = if scheme == "https" { ":443" } else { ":80" };
    let host = host.strip_suffix(default_port).unwrap_or(host);
    let start = out.len();
    out.push_str(host);
    out[start..].make_ascii_lowercase();
}

/// `/c/s/example.com/a/b` is the AMP cache's copy of `https://example.com/a/b`
/// (`/c/` without `s/` for plain http; `/v/` for videos).
fn page_behind_amp_cache(path: &str, query: &str) -> Option<String> {
    let served = path
        .strip_prefix("/c/")
        .or_else(|| path.strip_prefix("/v/"))?;
    let (scheme, page) = match served.strip_prefix("s/") {
        Some(page) => ("https", page),
        None => ("http", served),
    };
    if !page
        .split('/')
        .next()
        .is_some_and(|host| host.contains('.'))
    {
        return None;
    }
    let page = if query.is_empty() {
        format!("{scheme}://{page}")
    } else {
        format!("{scheme}://{page}?{query}")
    };
    web_address(&page)
}

/// A query parameter that chooses the page, rather than saying how the
/// reader arrived.
fn is_kept_parameter(parameter: &str) -> bool {
    let name = parameter.split('=').next().unwrap_or_default();
    let starts_utm = name
        .get(..4)
        .is_some_and(|head| head.eq_ignore_ascii_case("utm_"));
    !parameter.is_empty()
        && !starts_utm
        && !TRACKING_PARAMETERS
            .iter()
            .any(|t| t.eq_ignore_ascii_case(name) || t.eq_ignore_ascii_case(parameter))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(address: &str) -> String {
        canonical_url(address).unwrap_or_else(|| format!("<none for {address}>"))
    }

    #[test]
    fn spelling_variants_of_one_page_agree() {
        let page = "https://rt.com/uk/532293-uk-facial-recognition-concerns";
        for variant in [
            "https://www.rt.com/uk/532293-uk-facial-recognition-concerns/",
            "HTTPS://WWW.RT.COM/uk/532293-uk-facial-recognition-concerns",
            "https://rt.com:443/uk/532293-uk-facial-recognition-concerns/#comments",
            " https://rt.com/uk/532293-uk-facial-recognition-concerns/?utm_source=x&UTM_Medium=y ",
            "https://rt.com/uk/532293-uk-facial-recognition-concerns?fbclid=abc&gclid=def",
        ] {
            assert_eq!(canonical(variant), page, "{variant}");
        }
    }

    #[test]
    fn amp_copies_lead_to_the_page() {
        let page = "https://rt.com/uk/532293-uk-facial-recognition-concerns";
        for variant in [
            "https://www.rt.com/uk/532293-uk-facial-recognition-concerns/amp/",
            "https://www.rt.com/amp/uk/532293-uk-facial-recognition-concerns",
            "https://www.rt.com/uk/532293-uk-facial-recognition-concerns/?amp",
            "https://www.rt.com/uk/532293-uk-facial-recognition-concerns?amp=1",
            "https://www-rt-com.cdn.ampproject.org/c/s/www.rt.com/uk/532293-uk-facial-recognition-concerns/amp/",
            "https://cdn.ampproject.org/c/s/rt.com/uk/532293-uk-facial-recognition-concerns",
        ] {
            assert_eq!(canonical(variant), page, "{variant}");
        }
        assert_eq!(
            canonical("https://cdn.ampproject.org/c/example.com/a?outputType=amp&id=7"),
            "http://example.com/a?id=7"
        );
    }

    #[test]
    fn what_chooses_the_page_is_kept() {
        assert_eq!(
            canonical("https://youtube.com/watch?v=WJk-Y8LQlfE&utm_campaign=x"),
            "https://youtube.com/watch?v=WJk-Y8LQlfE"
        );
        assert_eq!(
            canonical("https://example.com/News/Story?id=2&page=3"),
            "https://example.com/News/Story?id=2&page=3"
        );
        assert_eq!(canonical("http://example.com/"), "http://example.com");
        assert_eq!(
            canonical("http://example.com:8080/a"),
            "http://example.com:8080/a"
        );
        assert_ne!(
            canonical("https://example.com/a"),
            canonical("https://example.com/b")
        );
        assert_ne!(
            canonical("https://example.com/sample"),
            canonical("https://example.com/amplify")
        );
    }

    #[test]
    fn only_web_addresses_have_a_canonical_form() {
        assert_eq!(canonical_url("javascript:alert(1)"), None);
        assert_eq!(canonical_url("/relative"), None);
        assert_eq!(canonical_url(""), None);
    }
}
