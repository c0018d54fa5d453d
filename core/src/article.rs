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
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    #[serde(flatten)]
    pub urls: Urls,
    #[serde(rename = "publishedDateTime", skip_serializing_if = "Option::is_none")]
    pub published_at: Option<Moment>,
    #[serde(rename = "updatedDateTime", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Moment>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Image>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Article>,
}

/// Every address a record may carry; each is `http(s)` or absent.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Urls {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amp_web_url: Option<String>,
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

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StoryKind {
    #[default]
    Article,
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
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
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

    pub fn is_video(&self) -> bool {
        self.kind == StoryKind::Video
    }

    /// True only when the record says outright that the story is unpublished.
    pub fn is_draft(&self) -> bool {
        self.is_published == Some(false)
    }
}
