//! The related stories a card offers: the other articles of its cluster and
//! the record's own `related` list, merged, each story once, newest first.

use crate::article::Article;
use crate::story::cluster::Clusters;
use crate::story::feed::Feed;
use crate::story::order::sorted_places;
use crate::text::canonical::canonical_url;

/// One entry of a related-story panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelatedItem<'a> {
    /// The story: an article of the feed, or one of a record's `related`.
    pub story: &'a Article,
    /// The story's id when the feed holds it as an article of its own.
    pub in_feed: Option<u32>,
}

/// The related stories of article `id`, each story once (by canonical
/// address), newest first, higher quality first among equal times.
pub fn related_items<'a>(
    feed: &'a Feed,
    clusters: Option<&Clusters>,
    id: u32,
) -> Vec<RelatedItem<'a>> {
    let Some(article) = feed.article(id) else {
        return Vec::new();
    };
    let members = clusters.map(|c| c.companions(id)).unwrap_or_default();
    // A list, not a hash set: a card has a few related stories, and a hash
    // set of strings would be code of its own in the widget.
    let mut seen: Vec<String> = article.link().and_then(canonical_url).into_iter().collect();
    let mut items = Vec::new();
    let candidates = members
        .iter()
        .filter_map(|&member| Some((feed.article(member)?, Some(member))))
        .chain(article.related.iter().map(|story| (story, None)));
    for (story, member) in candidates {
        if let Some(address) = story.link().and_then(canonical_url) {
            if seen.contains(&address) {
                continue;
            }
            seen.push(address);
        }
        let in_feed = member.or_else(|| clusters.and_then(|c| c.article_at(story.link()?)));
        items.push(RelatedItem { story, in_feed });
    }
    let time = |item: &RelatedItem| {
        item.story
            .published_at
            .as_ref()
            .and_then(|m| m.timestamp())
            .map(|t| t.unix_seconds)
    };
    let order = sorted_places(items.len(), &|a, b| {
        let (a, b) = (&items[a], &items[b]);
        (time(b), b.story.quality_percent()).cmp(&(time(a), a.story.quality_percent()))
    });
    order.iter().map(|&place| items[place as usize]).collect()
}

/// "Forbes, Quartz, +2": the other sources covering a story, for its card.
pub fn also_covered_by(feed: &Feed, clusters: &Clusters, id: u32) -> Option<String> {
    let own = feed.article(id)?.provider_name();
    let mut names: Vec<&str> = Vec::new();
    for member in clusters.companions(id) {
        if let Some(name) = feed.article(member).and_then(Article::provider_name) {
            if Some(name) != own && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    match names.len() {
        0 => None,
        1 | 2 => Some(names.join(", ")),
        n => Some(format!("{}, +{}", names[..2].join(", "), n - 2)),
    }
}
