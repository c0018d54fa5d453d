//! The first screen's stories for search engines: a schema.org `ItemList`
//! of `NewsArticle`, as JSON-LD beside the widget.

use newsdeck_core::Article;
use serde_json::{json, Map, Value};

/// `<script type="application/ld+json">` listing `stories` in order. A
/// data block, never run, so a strict Content Security Policy allows it;
/// `<` is written as `\u003c` so no title can end the element early.
pub fn json_ld(stories: &[Article], name: &str) -> String {
    let items: Vec<Value> = stories
        .iter()
        .enumerate()
        .map(|(index, story)| {
            json!({
                "@type": "ListItem",
                "position": index + 1,
                "item": news_article(story),
            })
        })
        .collect();
    let list = json!({
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": name,
        "itemListElement": items,
    });
    let text = list.to_string().replace('<', "\\u003c");
    format!("<script type=\"application/ld+json\">{text}</script>\n")
}

fn news_article(story: &Article) -> Value {
    let mut article = Map::new();
    article.insert("@type".into(), "NewsArticle".into());
    article.insert("headline".into(), story.title.clone().into());
    let mut put = |name: &str, value: Option<Value>| {
        if let Some(value) = value {
            article.insert(name.into(), value);
        }
    };
    put("url", story.link().map(Into::into));
    let date = |moment: &Option<newsdeck_core::Moment>| {
        let at = moment.as_ref()?.timestamp()?;
        Some(Value::from(at.to_rfc3339()))
    };
    put("datePublished", date(&story.published_at));
    put("dateModified", date(&story.updated_at));
    put("description", story.excerpt.clone().map(Into::into));
    put(
        "image",
        story.lead_image().map(|image| image.url.clone().into()),
    );
    put(
        "publisher",
        story
            .provider_name()
            .map(|name| json!({ "@type": "Organization", "name": name })),
    );
    Value::Object(article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsdeck_core::{Moment, Urls};

    #[test]
    fn lists_news_articles_and_cannot_close_its_script() {
        let story = Article {
            title: "</script><script>alert(1)</script>".to_owned(),
            urls: Urls {
                web_url: Some("https://example.com/a".to_owned()),
                ..Urls::default()
            },
            published_at: Some(Moment::from_text("2026-12-01T10:00:00+01:00")),
            ..Article::default()
        };
        let html = json_ld(&[story], "News");
        assert_eq!(html.matches("</script>").count(), 1, "{html}");
        let body = html
            .trim_start_matches("<script type=\"application/ld+json\">")
            .trim_end()
            .trim_end_matches("</script>");
        let list: Value = serde_json::from_str(body).unwrap();
        let item = &list["itemListElement"][0];
        assert_eq!(list["@type"], "ItemList");
        assert_eq!(item["position"], 1);
        assert_eq!(item["item"]["@type"], "NewsArticle");
        assert_eq!(
            item["item"]["headline"],
            "</script><script>alert(1)</script>"
        );
        assert_eq!(item["item"]["url"], "https://example.com/a");
        assert_eq!(item["item"]["datePublished"], "2026-12-01T10:00:00+01:00");
    }
}
