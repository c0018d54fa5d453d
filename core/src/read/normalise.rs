//! Turning one real-world record into an [`Article`], or saying why it can't be.

use crate::article::{Article, Image, Provider, StoryKind, Urls};
use crate::date::Moment;
use crate::read::lenient::{
    bool_field, field, label_list, number_field, one_or_many, raw_text, size_field, text_field,
};
use crate::read::outcome::SkipReason;
use crate::read::record::{Fields, Raw};
use crate::text::clean::{clean, MAX_EXCERPT_CHARS, MAX_LABEL_CHARS, MAX_TITLE_CHARS};
use crate::text::find;
use crate::text::url::{site_of, web_address};

/// Related lists longer than this are cut: no card needs more, and it bounds
/// the cost of a hostile record.
pub const MAX_RELATED: usize = 50;

/// Reads one record as a bundle is read, record by record. Only a record
/// that is not an object, or has no title, is refused; every other field is
/// optional and read leniently.
pub(crate) fn article_from_raw(record: &Raw) -> Result<Article, SkipReason> {
    let Raw::Fields(fields) = record else {
        return Err(SkipReason::NotAnObject(record.kind()));
    };
    let mut article = story_from_fields(fields)?;
    let mut seen_links: Vec<String> = article.link().map(str::to_owned).into_iter().collect();
    for item in one_or_many(fields, "related") {
        if article.related.len() >= MAX_RELATED {
            break;
        }
        let Ok(story) = item
            .as_fields()
            .ok_or(SkipReason::NoTitle)
            .and_then(story_from_fields)
        else {
            continue;
        };
        // Sources list the same related story twice; one mention is enough.
        if let Some(link) = story.link() {
            if seen_links.iter().any(|seen| seen == link) {
                continue;
            }
            seen_links.push(link.to_owned());
        }
        article.related.push(story);
    }
    Ok(article)
}

/// The fields every story has, top-level or related.
fn story_from_fields(fields: &Fields) -> Result<Article, SkipReason> {
    let title = text_field(fields, "title", MAX_TITLE_CHARS).ok_or(SkipReason::NoTitle)?;
    let urls = Urls {
        web_url: address_field(fields, "webUrl"),
        original_url: address_field(fields, "originalUrl"),
        source_url: address_field(fields, "sourceUrl"),
        amp_web_url: address_field(fields, "ampWebUrl"),
        cdn_amp_web_url: address_field(fields, "cdnAmpWebUrl"),
    };
    let provider = provider(field(fields, "provider"), &urls);
    Ok(Article {
        title,
        excerpt: text_field(fields, "excerpt", MAX_EXCERPT_CHARS),
        published_at: moment_field(fields, "publishedDateTime"),
        updated_at: moment_field(fields, "updatedDateTime"),
        kind: story_kind(fields),
        quality: number_field(fields, "quality"),
        heat: number_field(fields, "heat"),
        is_published: bool_field(fields, "published"),
        provider,
        topics: label_list(fields, "topics"),
        tags: label_list(fields, "tags"),
        category: text_field(fields, "category", MAX_LABEL_CHARS),
        categories: label_list(fields, "categories"),
        locale: text_field(fields, "locale", 35),
        images: images(one_or_many(fields, "images")),
        urls,
        related: Vec::new(),
    })
}

fn address_field(fields: &Fields, key: &str) -> Option<String> {
    web_address(&raw_text(field(fields, key)?)?)
}

fn moment_field(fields: &Fields, key: &str) -> Option<Moment> {
    let raw = raw_text(field(fields, key)?)?;
    Some(Moment::from_text(&clean(&raw, MAX_LABEL_CHARS)?))
}

fn story_kind(fields: &Fields) -> StoryKind {
    match field(fields, "type").and_then(Raw::as_str) {
        Some(kind) if kind.trim().eq_ignore_ascii_case("video") => StoryKind::Video,
        _ => StoryKind::Article,
    }
}

/// The provider as given; when a record names none, the site of its link
/// stands in, so every linked story has a byline.
fn provider(value: Option<&Raw>, urls: &Urls) -> Option<Provider> {
    let fields = value.and_then(Raw::as_fields);
    let name = fields.and_then(|f| text_field(f, "name", MAX_LABEL_CHARS));
    let domain = fields
        .and_then(|f| raw_text(field(f, "domain")?))
        .and_then(|raw| domain_of(&raw))
        .or_else(|| urls.link().and_then(domain_of));
    let logo = fields.and_then(|f| images(one_or_many(f, "images")).into_iter().next());
    // A host can be far longer than a label; the byline is bounded like one.
    let name = name.or_else(|| clean(domain.as_deref()?, MAX_LABEL_CHARS))?;
    Some(Provider { name, domain, logo })
}

/// `"www.Forbes.com"`, `"https://forbes.com/"` and `"forbes.com"` all name
/// forbes.com; anything that is not a host name (`"javascript:x"`) names nothing.
/// A domain it gives names itself, so a bundle we write reads back the same.
fn domain_of(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let host = if find::find(raw, "://").is_some() {
        site_of(&web_address(raw)?)?
    } else {
        raw.trim_end_matches('/').to_ascii_lowercase()
    };
    let mut host = host.as_str();
    while let Some(rest) = host.strip_prefix("www.") {
        host = rest;
    }
    let is_host_name = host.contains('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'));
    is_host_name.then(|| host.to_owned())
}

/// Images with a usable `http(s)` address; a bare string counts as an address.
fn images(items: &[Raw]) -> Vec<Image> {
    items
        .iter()
        .filter_map(|item| match item {
            Raw::Text(url) => Some(Image {
                url: web_address(url)?,
                ..Image::default()
            }),
            Raw::Fields(f) => Some(Image {
                url: address_field(f, "url")?,
                width: size_field(f, "width"),
                height: size_field(f, "height"),
                title: text_field(f, "title", MAX_LABEL_CHARS),
                attribution: text_field(f, "attribution", MAX_LABEL_CHARS),
            }),
            _ => None,
        })
        .collect()
}
