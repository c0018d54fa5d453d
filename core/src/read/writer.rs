//! Writing articles as a bundle in newsdeck's own format
//! (`{"version": 1, "articles": [...]}`), for the CLI: what is written reads
//! back as the same articles.

use serde::Serialize;

use crate::article::{Article, Image, Provider};
use crate::date::Moment;
use crate::read::bundle::BUNDLE_VERSION;
use crate::text::entities::encode_entities;

/// Writes articles as a bundle in newsdeck's own format, which reads back as
/// the same articles.
pub fn write_bundle(articles: &[Article], pretty: bool) -> String {
    #[derive(Serialize)]
    struct Bundle {
        version: u32,
        articles: Vec<Article>,
    }
    let bundle = Bundle {
        version: BUNDLE_VERSION,
        articles: articles.iter().map(as_stored).collect(),
    };
    let written = if pretty {
        serde_json::to_string_pretty(&bundle)
    } else {
        serde_json::to_string(&bundle)
    };
    // Articles hold only strings, numbers and lists: serialising cannot fail.
    written.unwrap_or_default()
}

/// The article with its text as a bundle stores it: reading decodes entities
/// in text, so text that looks like one is encoded ([`encode_entities`]).
/// Every field is named, so a new text field cannot be forgotten here.
fn as_stored(article: &Article) -> Article {
    let labels = |labels: &[String]| labels.iter().map(|label| stored_text(label)).collect();
    Article {
        title: stored_text(&article.title),
        excerpt: article.excerpt.as_deref().map(stored_text),
        urls: article.urls.clone(),
        published_at: article.published_at.as_ref().map(stored_moment),
        updated_at: article.updated_at.as_ref().map(stored_moment),
        kind: article.kind,
        quality: article.quality,
        heat: article.heat,
        is_published: article.is_published,
        provider: article.provider.as_ref().map(|provider| Provider {
            name: stored_text(&provider.name),
            domain: provider.domain.clone(),
            logo: provider.logo.as_ref().map(stored_image),
        }),
        topics: labels(&article.topics),
        tags: labels(&article.tags),
        category: article.category.as_deref().map(stored_text),
        categories: labels(&article.categories),
        locale: article.locale.as_deref().map(stored_text),
        images: article.images.iter().map(stored_image).collect(),
        related: article.related.iter().map(as_stored).collect(),
    }
}

fn stored_text(text: &str) -> String {
    encode_entities(text).into_owned()
}

fn stored_moment(moment: &Moment) -> Moment {
    match moment {
        Moment::Unreadable(text) => Moment::Unreadable(stored_text(text)),
        known => known.clone(),
    }
}

fn stored_image(image: &Image) -> Image {
    Image {
        url: image.url.clone(),
        width: image.width,
        height: image.height,
        title: image.title.as_deref().map(stored_text),
        attribution: image.attribution.as_deref().map(stored_text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::document::parse_bundle;

    #[test]
    fn text_that_looks_like_an_entity_reads_back_as_written() {
        // Sources escape twice: `&amp;nbsp;` is the text `&nbsp;`, which must
        // not come back from our own bundle as a space (a title with nothing
        // else would be lost).
        let source = r#"[{
            "title": "&amp;nbsp;", "excerpt": "AT&amp;amp;T &amp;lt;b&amp;gt; & co",
            "topics": ["&amp;#38;"], "publishedDateTime": "&amp;quot;soon&amp;quot;",
            "provider": {"name": "&amp;copy; A", "images": [{"url": "https://a.test/l.png"}]},
            "images": [{"url": "https://a.test/i.jpg?a=1&amp;b=2", "title": "&amp;copy;"}],
            "related": [{"title": "&amp;hellip;"}]
        }]"#;
        let first = parse_bundle(source).unwrap_or_default();
        assert_eq!(first.articles[0].title, "&nbsp;");
        let written = write_bundle(&first.articles, false);
        assert!(
            written.contains(r#""excerpt":"AT&amp;amp;T &amp;lt;b&amp;gt; & co""#),
            "{written}"
        );
        let again = parse_bundle(&written).unwrap_or_default();
        assert_eq!(again.articles, first.articles);
    }

    #[test]
    fn a_site_named_from_its_link_reads_back_the_same() {
        // `www.` is dropped from the front of a site's name as often as it
        // appears; dropped once, the next reading would drop it again.
        let first = parse_bundle(
            r#"[{"title": "t", "webUrl": "https://www.www.example.com/a"},
                {"title": "u", "provider": {"domain": "https://www.www.example.org/"}}]"#,
        )
        .unwrap_or_default();
        let sites: Vec<_> = (first.articles.iter())
            .map(|a| a.provider.as_ref().and_then(|p| p.domain.as_deref()))
            .collect();
        assert_eq!(sites, [Some("example.com"), Some("example.org")]);
        let again = parse_bundle(&write_bundle(&first.articles, false)).unwrap_or_default();
        assert_eq!(again.articles, first.articles);
    }
}
