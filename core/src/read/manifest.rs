//! The layout of a sharded bundle, for archives too big for one request.
//!
//! `news.json` is a manifest listing numbered shards beside it
//! (`news-0001.json`, `news-0002.json`, …), each an ordinary bundle. Shards
//! hold `shardSize` articles each (the last may hold fewer) and run newest
//! first, so a reader fetches shard 1 for the first page and later shards
//! only when paging or searching deeper. Paths are relative to the manifest.
//!
//! The CLI writes this layout; the widget's loader reads it.

use serde::{Deserialize, Serialize};
#[cfg(feature = "serde-json")]
use serde_json::Value;

use crate::article::Article;
use crate::read::bundle::BUNDLE_VERSION;
use crate::read::record::{Fields, Raw};

/// The `kind` that tells a manifest from a bundle.
pub const MANIFEST_KIND: &str = "manifest";

/// The manifest of a sharded bundle: its shards, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    /// The version of the bundle format its shards are written in.
    pub version: u32,
    /// Always `manifest`: what tells a manifest from a bundle.
    pub kind: String,
    /// Articles in all shards together.
    pub total: usize,
    /// Articles per shard; only the last shard may hold fewer.
    pub shard_size: usize,
    /// The shard files, newest first.
    pub shards: Vec<Shard>,
}

/// One shard file and what it covers, so a reader can tell which shard
/// holds a date without fetching it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    /// Relative to the manifest, e.g. `news-0001.json`.
    pub path: String,
    /// How many articles the shard holds.
    pub count: usize,
    /// The first and last publication times in the shard, when it has dated
    /// articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newest: Option<String>,
    /// The last publication time in the shard (see `newest`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oldest: Option<String>,
}

impl Manifest {
    /// Splits articles (already newest first) into shards named after `stem`
    /// (`news` gives `news-0001.json`…). Returns the manifest and each shard's
    /// articles in the same order as its entries.
    pub fn plan<'a>(
        stem: &str,
        articles: &'a [Article],
        shard_size: usize,
    ) -> (Manifest, Vec<&'a [Article]>) {
        let shard_size = shard_size.max(1);
        let parts: Vec<&[Article]> = articles.chunks(shard_size).collect();
        let width = parts.len().to_string().len().max(4);
        let shards = parts
            .iter()
            .enumerate()
            .map(|(index, part)| Shard {
                path: format!("{stem}-{:0width$}.json", index + 1),
                count: part.len(),
                newest: part.iter().find_map(published),
                oldest: part.iter().rev().find_map(published),
            })
            .collect();
        let manifest = Manifest {
            version: BUNDLE_VERSION,
            kind: MANIFEST_KIND.to_owned(),
            total: articles.len(),
            shard_size,
            shards,
        };
        (manifest, parts)
    }

    /// The shard paths, relative to the manifest, newest shard first.
    pub fn shard_paths(&self) -> impl Iterator<Item = &str> {
        self.shards.iter().map(|shard| shard.path.as_str())
    }

    /// The manifest in `value`; `None` when the value is not a manifest at
    /// all, an error when it says it is one but is malformed.
    #[cfg(feature = "serde-json")]
    pub fn from_value(value: &Value) -> Option<Result<Manifest, String>> {
        Manifest::from_raw(&Raw::from(value))
    }

    /// [`Manifest::from_value`] for a value read as a record is: by hand,
    /// so the widget carries no general JSON value reader for it.
    pub fn from_raw(value: &Raw) -> Option<Result<Manifest, String>> {
        let fields = value.as_fields()?;
        if fields.get("kind").and_then(Raw::as_str) != Some(MANIFEST_KIND) {
            return None;
        }
        Some(read_manifest(fields).map_err(|err| format!("unreadable manifest: {err}")))
    }
}

fn read_manifest(fields: &Fields) -> Result<Manifest, String> {
    let shards = match fields.get("shards") {
        Some(Raw::List(shards)) => shards,
        Some(_) => return Err("`shards` is not a list".into()),
        None => return Err("missing field `shards`".into()),
    };
    Ok(Manifest {
        version: u32::try_from(whole_number(fields, "version")?)
            .map_err(|_| "`version` is out of range".to_owned())?,
        kind: MANIFEST_KIND.to_owned(),
        total: whole_number(fields, "total")?,
        shard_size: whole_number(fields, "shardSize")?,
        shards: shards
            .iter()
            .map(|shard| {
                let shard = shard.as_fields().ok_or("a shard is not an object")?;
                Ok(Shard {
                    path: text(shard, "path")?.ok_or("missing field `path`")?,
                    count: whole_number(shard, "count")?,
                    newest: text(shard, "newest")?,
                    oldest: text(shard, "oldest")?,
                })
            })
            .collect::<Result<_, String>>()?,
    })
}

/// A field holding a whole number that is not negative.
fn whole_number(fields: &Fields, key: &str) -> Result<usize, String> {
    match fields.get(key) {
        Some(Raw::Number(n)) => (n.as_u64())
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| format!("`{key}` is not a whole number")),
        Some(_) => Err(format!("`{key}` is not a number")),
        None => Err(format!("missing field `{key}`")),
    }
}

/// A field holding text, when present (`null` counts as absent).
fn text(fields: &Fields, key: &str) -> Result<Option<String>, String> {
    match fields.get(key) {
        Some(Raw::Text(text)) => Ok(Some(text.clone().into_owned())),
        Some(Raw::Null) | None => Ok(None),
        Some(_) => Err(format!("`{key}` is not text")),
    }
}

fn published(article: &Article) -> Option<String> {
    let at = article.published_at.as_ref()?.timestamp()?;
    Some(at.to_rfc3339())
}

#[cfg(feature = "serde-json")]
#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Moment;
    use serde_json::json;

    fn story(date: Option<&str>) -> Article {
        Article {
            title: "t".into(),
            published_at: date.map(Moment::from_text),
            ..Article::default()
        }
    }

    #[test]
    fn plans_numbered_shards_newest_first() {
        let articles = [
            story(Some("2024-03-01T00:00:00Z")),
            story(Some("2024-02-01T00:00:00Z")),
            story(Some("2024-01-01T00:00:00Z")),
            story(None),
            story(None),
        ];
        let (manifest, parts) = Manifest::plan("news", &articles, 2);
        let value = serde_json::to_value(&manifest).unwrap_or_default();
        assert_eq!(
            value,
            json!({"version": 1, "kind": "manifest", "total": 5, "shardSize": 2, "shards": [
                {"path": "news-0001.json", "count": 2, "newest": "2024-03-01T00:00:00Z", "oldest": "2024-02-01T00:00:00Z"},
                {"path": "news-0002.json", "count": 2, "newest": "2024-01-01T00:00:00Z", "oldest": "2024-01-01T00:00:00Z"},
                {"path": "news-0003.json", "count": 1}
            ]})
        );
        assert_eq!(parts.iter().map(|p| p.len()).collect::<Vec<_>>(), [2, 2, 1]);
        assert_eq!(Manifest::from_value(&value), Some(Ok(manifest)));
    }

    #[test]
    fn reads_manifests_as_serde_would() {
        let shard = json!({"path": "news-0001.json", "count": 2, "newest": "2024-03-01T00:00:00Z"});
        let cases = [
            json!({"kind": "manifest", "version": 1, "total": 2, "shardSize": 2, "shards": [shard]}),
            json!({"kind": "manifest", "version": 1, "total": 2, "shardSize": 2, "shards": [shard], "extra": [1]}),
            json!({"kind": "manifest", "version": 1, "total": 2, "shardSize": 2, "shards": [{"path": "a", "count": 1, "oldest": null}]}),
            json!({"kind": "manifest", "version": 1, "total": 2, "shardSize": 2}),
            json!({"kind": "manifest", "version": 1, "total": -2, "shardSize": 2, "shards": []}),
            json!({"kind": "manifest", "version": 1.5, "total": 2, "shardSize": 2, "shards": []}),
            json!({"kind": "manifest", "version": 4294967296u64, "total": 2, "shardSize": 2, "shards": []}),
            json!({"kind": "manifest", "version": "1", "total": 2, "shardSize": 2, "shards": []}),
            json!({"kind": "manifest", "version": 1, "total": 2, "shardSize": 2, "shards": [{"count": 1}]}),
            json!({"kind": "manifest", "version": 1, "total": 2, "shardSize": 2, "shards": [{"path": 3, "count": 1}]}),
            json!({"kind": "manifest", "version": 1, "total": 2, "shardSize": 2, "shards": [{"path": "a", "count": 1, "newest": 5}]}),
            json!({"kind": "manifest", "version": 1, "total": 2, "shardSize": 2, "shards": ["a"]}),
        ];
        for value in cases {
            let by_hand = Manifest::from_value(&value).map(Result::ok);
            assert_eq!(by_hand, Some(Manifest::deserialize(&value).ok()), "{value}");
        }
    }

    #[test]
    fn tells_manifests_from_bundles() {
        assert_eq!(
            Manifest::from_value(&json!({"version": 1, "articles": []})),
            None
        );
        let broken = Manifest::from_value(&json!({"kind": "manifest", "shards": 3}));
        assert!(matches!(broken, Some(Err(_))));
        let many: Vec<Article> = (0..10_001).map(|_| story(None)).collect();
        let (manifest, _) = Manifest::plan("big", &many, 1);
        assert_eq!(manifest.shards[9_999].path, "big-10000.json");
        assert_eq!(manifest.shards[0].path, "big-00001.json");
    }
}
