//! The stories as a plain list of links: what a browser that can make no
//! shadow root, with JavaScript off, shows instead of the cards.

use newsdeck_core::Article;

use super::escaped;

/// A list of `stories`, each its title linked, with its source and date;
/// then the page of more stories, if there is one. Unstyled: the host page's
/// own styles apply, as to any list of links on it.
pub fn plain_links(
    stories: &[Article],
    new_tab: bool,
    more_href: Option<&str>,
    now: i64,
) -> String {
    let target = if new_tab { " target=\"_blank\"" } else { "" };
    let mut html = String::from("<ul class=\"newsdeck-links\">\n");
    for story in stories {
        let title = escaped(&story.title);
        let headline = match story.link() {
            Some(link) => format!(
                "<a href=\"{}\"{target} rel=\"noopener\">{title}</a>",
                escaped(link)
            ),
            None => title,
        };
        let mut byline = Vec::new();
        if let Some(source) = story.provider_name() {
            byline.push(escaped(source));
        }
        if let Some(at) = story.published_at.as_ref().and_then(|m| m.timestamp()) {
            byline.push(format!(
                "<time datetime=\"{}\">{}</time>",
                at.to_rfc3339(),
                escaped(&at.short_label(now))
            ));
        }
        let byline = match byline.is_empty() {
            true => String::new(),
            false => format!(" <small>{}</small>", byline.join(" · ")),
        };
        html += &format!("<li>{headline}{byline}</li>\n");
    }
    html += "</ul>\n";
    if let Some(more) = more_href {
        html += &format!("<p><a href=\"{}\">More stories</a></p>\n", escaped(more));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsdeck_core::{Moment, Provider, Urls};

    fn story(title: &str, url: Option<&str>) -> Article {
        Article {
            title: title.to_owned(),
            urls: Urls {
                web_url: url.map(str::to_owned),
                ..Urls::default()
            },
            provider: Some(Provider {
                name: "Contoso <News>".to_owned(),
                ..Provider::default()
            }),
            published_at: Some(Moment::from_text("2026-12-01T10:00:00Z")),
            ..Article::default()
        }
    }

    #[test]
    fn each_story_is_a_link_with_its_source_and_date() {
        let html = plain_links(
            &[
                story("<b>Bold</b> claims", Some("https://example.com/a?x=1&y=2")),
                story("No link", None),
            ],
            true,
            Some("/news/"),
            1_765_000_000,
        );
        assert!(html.contains(
            "<li><a href=\"https://example.com/a?x=1&amp;y=2\" target=\"_blank\" rel=\"noopener\">&lt;b&gt;Bold&lt;/b&gt; claims</a> <small>Contoso &lt;News&gt; · <time datetime=\"2026-12-01T10:00:00Z\">"
        ), "{html}");
        assert!(html.contains("<li>No link <small>"));
        assert!(html.ends_with("<p><a href=\"/news/\">More stories</a></p>\n"));
    }
}
