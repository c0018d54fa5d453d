//! Which of an entry's media are pictures, in which order, and whether it
//! is a video. Feeds say what media is in several ways (Media RSS's
//! `medium`, a media type, Atom's `rel="enclosure"` links) or not at all.

use crate::read::feed::shape::{FeedEntry, FeedMedia};

pub fn is_video(media: &FeedMedia) -> bool {
    let medium = media.medium.as_deref().map(str::trim);
    let kind = media.media_type.as_deref().map(str::trim);
    medium.is_some_and(|m| m.eq_ignore_ascii_case("video"))
        || kind.is_some_and(|t| t.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("video/")))
}

/// Whether media is a picture: said to be (`medium="image"`, an `image/…`
/// type, a thumbnail), or saying nothing and named like one (`a.jpg`).
fn is_picture(media: &FeedMedia) -> bool {
    let said = |text: &Option<String>, word: &str| {
        text.as_deref().map(str::trim).is_some_and(|t| {
            t.get(..word.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(word))
        })
    };
    if media.thumbnail || said(&media.medium, "image") || said(&media.media_type, "image/") {
        return true;
    }
    let path = media.url.split(['?', '#']).next().unwrap_or_default();
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    media.medium.is_none()
        && media.media_type.is_none()
        && matches!(
            extension.as_deref(),
            Some("jpg" | "jpeg" | "png" | "gif" | "webp" | "avif")
        )
}

/// The entry's pictures, the lead one first: media and Atom's
/// `rel="enclosure"` links of an image type in the order written,
/// thumbnails after them, each address once.
pub fn pictures(entry: &FeedEntry) -> Vec<FeedMedia> {
    let linked = entry
        .links
        .iter()
        .filter(|link| link.has_rel("enclosure"))
        .map(|link| FeedMedia {
            url: link.href.clone(),
            media_type: link.media_type.clone(),
            ..FeedMedia::default()
        });
    let (thumbnails, full): (Vec<FeedMedia>, Vec<FeedMedia>) = (entry.media.iter().cloned())
        .chain(linked)
        .filter(is_picture)
        .partition(|media| media.thumbnail);
    let mut pictures: Vec<FeedMedia> = Vec::new();
    for media in full.into_iter().chain(thumbnails) {
        let url = media.url.trim();
        if !url.is_empty() && !pictures.iter().any(|seen| seen.url.trim() == url) {
            pictures.push(media);
        }
    }
    pictures
}
