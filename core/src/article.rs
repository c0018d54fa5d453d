//! The article model: one news story as newsdeck understands it, whatever
//! shape the record it came from had.
//!
//! It serialises back to the same camelCase field names it is read from, so a
//! bundle written by the CLI is itself valid input everywhere.

use serde::{Serialize, Serializer};

use crate::date::Moment;

/// A news story. Related stories are stories too, with `related` left empty.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    /// The headline, cleaned and bounded; every article has one.
    pub title: String,
    /// A sentence or two about the story, cleaned and bounded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    /// The addresses of the story's page and its variants.
    #[serde(flatten)]
    pub urls: Urls,
    /// When the story was published (`publishedDateTime`).
    #[serde(rename = "publishedDateTime", skip_serializing_if = "Option::is_none")]
    pub published_at: Option<Moment>,
    /// When the story was last updated (`updatedDateTime`).
    #[serde(rename = "updatedDateTime", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Moment>,
    /// An article or a video (`type`).
    #[serde(rename = "type")]
    pub kind: StoryKind,
    /// Editorial quality score, 0 to 100 by intent; real records go above.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<i64>,
    /// How much the story is being talked about; `-1` marks unpublished items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heat: Option<i64>,
    /// `false` for drafts the source has not published (shown with a badge).
    #[serde(rename = "published", skip_serializing_if = "Option::is_none")]
    pub is_published: Option<bool>,
    /// The site that published the story; named after its link when the
    /// record names none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
    /// Topic labels, each once whatever its case.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// Free tags, each once whatever its case.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The source's one category, when it gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The source's list of categories, each once whatever its case.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// The language of the story as the source tags it, e.g. `en-us`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Pictures with a usable `http(s)` address, the lead picture first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Image>,
    /// Other coverage of the story the record lists, each story once.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Article>,
}

/// Every address a record may carry; each is `http(s)` or absent.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Urls {
    /// The story's page (`webUrl`): where its title links to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
    /// The story's page at its original source (`originalUrl`): the link
    /// when there is no `webUrl`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_url: Option<String>,
    /// Where the record came from (`sourceUrl`), such as a feed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The page's AMP copy (`ampWebUrl`): the link when there is no
    /// `webUrl` or `originalUrl`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amp_web_url: Option<String>,
    /// The AMP copy as a cache serves it (`cdnAmpWebUrl`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cdn_amp_web_url: Option<String>,
}

impl Urls {
    /// Where the story's title links to: `webUrl`, else `originalUrl`, else `ampWebUrl`.
    pub fn link(&self) -> Option<&str> {
        self.web_url
            .as_deref()
            .or(self.original_url.as_deref())
            .or(self.amp_web_url.as_deref())
    }
}

/// What kind of story a record is (`type`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StoryKind {
    /// A story to read: every record that does not say it is a video.
    #[default]
    Article,
    /// A story to watch (`"type": "video"`).
    Video,
}

/// The site that published a story.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Provider {
    /// Display name, e.g. "Forbes"; falls back to the domain.
    pub name: String,
    /// Lower-case host without `www.`, e.g. "forbes.com".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(
        rename = "images",
        serialize_with = "logo_as_list",
        skip_serializing_if = "Option::is_none"
    )]
    /// The site's logo: the first of the provider's `images`.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Image>"))]
    pub logo: Option<Image>,
}

fn logo_as_list<S: Serializer>(logo: &Option<Image>, serializer: S) -> Result<S::Ok, S::Error> {
    logo.as_slice().serialize(serializer)
}

/// A picture with its intrinsic size, so the page can reserve room for it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Image {
    /// Its `http(s)` address.
    pub url: String,
    /// Its width in pixels, when the record gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// Its height in pixels, when the record gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// A caption.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Who the picture is credited to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
}

impl Article {
    /// Where the title links to, if the record has a usable web address.
    pub fn link(&self) -> Option<&str> {
        self.urls.link()
    }

    /// The picture to lead the card with.
    pub fn lead_image(&self) -> Option<&Image> {
        self.images.first()
    }

    /// The quality score on the 0–100 scale the widget shows.
    pub fn quality_percent(&self) -> Option<u8> {
        self.quality.map(|q| q.clamp(0, 100) as u8)
    }

    /// The provider's name, for bylines.
    pub fn provider_name(&self) -> Option<&str> {
        self.provider.as_ref().map(|p| p.name.as_str())
    }

    /// Whether the story is a video.
    pub fn is_video(&self) -> bool {
        self.kind == StoryKind::Video
    }

    /// True only when the record says outright that the story is unpublished.
    pub fn is_draft(&self) -> bool {
        self.is_published == Some(false)
    }
}
