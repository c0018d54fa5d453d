//! What every article read from anywhere looks like: tidy bounded text, only
//! `http(s)` addresses, one level of related stories with no link twice.

use newsdeck_core::MAX_RELATED;
use newsdeck_core::{MAX_EXCERPT_CHARS, MAX_LABEL_CHARS, MAX_TITLE_CHARS};
use newsdeck_core::web_address;
use newsdeck_core::{Article, Image, Moment, Timestamp};

/// Panics, naming the broken promise, unless `article` keeps them all.
pub fn check_story(article: &Article) {
    check_fields(article);
    assert!(article.related.len() <= MAX_RELATED, "too many related");
    let mut links: Vec<&str> = article.link().into_iter().collect();
    for related in &article.related {
        check_fields(related);
        assert!(related.related.is_empty(), "related stories nest");
        if let Some(link) = related.link() {
            assert!(!links.contains(&link), "related link twice: {link}");
            links.push(link);
        }
    }
}

fn check_fields(article: &Article) {
    check_text(&article.title, MAX_TITLE_CHARS);
    check_optional_text(article.excerpt.as_deref(), MAX_EXCERPT_CHARS);
    check_optional_text(article.category.as_deref(), MAX_LABEL_CHARS);
    check_optional_text(article.locale.as_deref(), MAX_LABEL_CHARS);
    let labels = article.topics.iter().chain(&article.tags);
    for label in labels.chain(&article.categories) {
        check_text(label, MAX_LABEL_CHARS);
    }
    let urls = &article.urls;
    for address in [
        &urls.web_url,
        &urls.original_url,
        &urls.source_url,
        &urls.amp_web_url,
        &urls.cdn_amp_web_url,
    ] {
        check_optional_address(address.as_deref());
    }
    for moment in [&article.published_at, &article.updated_at] {
        check_moment(moment.as_ref());
    }
    article.images.iter().for_each(check_image);
    if let Some(provider) = &article.provider {
        check_text(&provider.name, MAX_LABEL_CHARS);
        if let Some(domain) = &provider.domain {
            assert!(!domain.is_empty(), "empty domain");
            assert!(
                !domain.contains(|c: char| c.is_ascii_uppercase()),
                "{domain}"
            );
        }
        provider.logo.iter().for_each(check_image);
    }
}

/// Display text: not blank, no whitespace but single inner spaces, no
/// control characters, within its length.
fn check_text(text: &str, max_chars: usize) {
    assert!(!text.is_empty(), "blank text kept");
    assert!(text.chars().count() <= max_chars, "too long: {text:?}");
    assert_eq!(text.trim(), text, "untrimmed: {text:?}");
    assert!(!text.contains("  "), "double space: {text:?}");
    assert!(
        !text.contains(|c: char| c.is_control() || (c.is_whitespace() && c != ' ')),
        "untidy whitespace: {text:?}"
    );
}

fn check_optional_text(text: Option<&str>, max_chars: usize) {
    if let Some(text) = text {
        check_text(text, max_chars);
    }
}

fn check_optional_address(address: Option<&str>) {
    let Some(address) = address else {
        return;
    };
    assert!(
        address.starts_with("http://") || address.starts_with("https://"),
        "not a web address: {address:?}"
    );
    assert!(!address.contains(|c: char| c.is_control() || c == ' '));
    assert_eq!(web_address(address).as_deref(), Some(address), "unstable");
}

fn check_image(image: &Image) {
    check_optional_address(Some(&image.url));
    assert_ne!(image.width, Some(0), "zero width");
    assert_ne!(image.height, Some(0), "zero height");
    check_optional_text(image.title.as_deref(), MAX_LABEL_CHARS);
    check_optional_text(image.attribution.as_deref(), MAX_LABEL_CHARS);
}

/// A date read as a time writes back as the same time; one kept as text is
/// tidy text that is not a date.
fn check_moment(moment: Option<&Moment>) {
    match moment {
        Some(Moment::Known(at)) => {
            assert_eq!(Timestamp::parse(&at.to_rfc3339()), Some(*at), "{at:?}")
        }
        Some(Moment::Unreadable(text)) => {
            check_text(text, MAX_LABEL_CHARS);
            assert_eq!(Timestamp::parse(text), None, "{text:?}");
        }
        None => {}
    }
}
