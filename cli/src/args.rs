//! The command line: every command, option, help text and example.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use clap::{Args, Parser, Subcommand, ValueEnum};
use newsdeck_core::Timestamp;

#[derive(Parser, Debug)]
#[command(
    name = "newsdeck",
    version,
    about = "Build, check and describe news bundles for the newsdeck widget",
    after_help = "Examples:\n  newsdeck bundle _news/ -o static/news.json\n  newsdeck render static/news.json -o news.html\n  newsdeck validate _news/\n  newsdeck stats static/news.json\n  newsdeck schema > bundle.schema.json\n\nColour is used only on a terminal; set NO_COLOR to turn it off."
)]
pub struct Cli {
    /// Print only errors (and, for validate, the problems found).
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print each duplicate story that was merged into its newest version.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Bundle(BundleArgs),
    Validate(ValidateArgs),
    Stats(StatsArgs),
    Schema(SchemaArgs),
    Render(RenderArgs),
}

/// Read front-matter (.md) records, feeds (RSS, Atom, JSON Feed), API pages
/// and bundles (.json) and write one bundle, newest first.
///
/// Inputs may be mixed; each is read by what it holds, not by its name. The
/// same story read twice (same address after
/// dropping tracking parameters, `www.`, trailing slashes and AMP variants)
/// is kept once, in its newest version. A file that cannot be read is
/// reported as `file:line:column: problem` and skipped; the rest is
/// bundled. The bundle is written atomically, and `secured` fields never
/// reach it.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  newsdeck bundle _news/ -o static/news.json
  newsdeck bundle '_news/2024-*.md' api/news/page/ old-bundle.json -o news.json
  newsdeck bundle _news/ --since 30d --topic AI -o ai.json
  newsdeck bundle _posts/ --base-url https://example.com/ -o static/news.json
  newsdeck bundle feeds/gazette.xml feeds/notes.json -o static/news.json
  newsdeck bundle archive/ --shard-size 500 -o static/news.json

With --shard-size, news.json becomes a manifest listing news-0001-<hash>.json,
news-0002-<hash>.json, ... beside it, each a bundle of that many stories,
newest first. Shards are named by their contents and the manifest is switched
last, so readers see the old archive or the new one, never a mix; shards only
the old manifest listed are removed after the switch.

OUT may be - (standard output, not with --shard-size). An input, a folder or
a device is refused; a link is written through to its target.")]
pub struct BundleArgs {
    /// Files, folders (searched for .md, .json, .xml, .rss, .atom and .rdf
    /// files) or quoted glob patterns.
    #[arg(required = true, value_name = "DIR|FILE|GLOB")]
    pub inputs: Vec<PathBuf>,
    /// Where to write the bundle (or, with --shard-size, the manifest); `-`
    /// for standard output. A link is written through to its target; an
    /// input, a folder or a device is refused.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Keep drafts (`published: false`, or `draft: true`), which are left
    /// out by default. Records without either field are never drafts.
    #[arg(long)]
    pub include_drafts: bool,
    /// Drafts are left out by default now; kept so older scripts still run.
    #[arg(long, hide = true, conflicts_with = "include_drafts")]
    pub published_only: bool,
    /// Keep only stories published on or after DATE (e.g. 2024-01-01 or
    /// 2024-01-01T08:00:00Z), or in the last 30d, 12h, 2w or 90m; stories
    /// without a readable date are left out.
    #[arg(long, value_name = "DATE|AGE", value_parser = parse_since)]
    pub since: Option<Timestamp>,
    /// The site's address, against which relative addresses in the inputs
    /// (`webUrl: /news/x/`, `image: /img/a.png`) are resolved; without it
    /// they are reported and left out.
    #[arg(long, value_name = "URL", value_parser = parse_base_url)]
    pub base_url: Option<String>,
    /// Keep only stories with this topic (any case); repeat for any of several.
    #[arg(long = "topic", value_name = "T")]
    pub topics: Vec<String>,
    /// Keep at most N stories, the newest.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Write a manifest plus numbered shard files of N stories each, for
    /// archives too big for one request.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub shard_size: Option<u64>,
    /// Keep every record, even when several link to the same story.
    #[arg(long)]
    pub keep_duplicates: bool,
    /// Indent the JSON for people to read.
    #[arg(long)]
    pub pretty: bool,
}

/// Check front-matter files, feeds, API pages, bundles and manifests, and
/// print each problem as `file:line:column: message`.
///
/// Reports YAML, JSON and XML errors with their position, entities XML does
/// not know and bare `&` in feeds, records (or feed entries) without a
/// title, addresses that are not http(s) (or relative, without --base-url),
/// dates that do not parse, quality outside 0 to 100, `published` values
/// that are not true or false, fields newsdeck does not read, and shards
/// missing from a manifest.
///
/// Exit status: 0 when clean, 1 when problems were found, 2 when an input
/// could not be used at all (missing, unreadable, or nothing to check).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  newsdeck validate _news/
  newsdeck validate feed.xml
  newsdeck validate static/news.json --format json")]
pub struct ValidateArgs {
    /// Files, folders or quoted glob patterns to check.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// `text` for people, `json` for machines.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The site's address, as for `bundle`: relative addresses are checked
    /// as resolved against it.
    #[arg(long, value_name = "URL", value_parser = parse_base_url)]
    pub base_url: Option<String>,
}

/// Count the stories in a bundle by topic, provider, month and type, and
/// how many lack images or excerpts.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  newsdeck stats static/news.json
  newsdeck stats _news/ --top 5
  newsdeck stats static/news.json --format json")]
pub struct StatsArgs {
    /// A bundle, manifest or feed (or any inputs `bundle` accepts).
    #[arg(required = true, value_name = "BUNDLE")]
    pub inputs: Vec<PathBuf>,
    /// How many topics and providers to list in text output (JSON lists all).
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,
    /// `text` for people, `json` for machines.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Write the widget's first screen as HTML, for a page to show before (and
/// without) JavaScript: the widget's element with its settings, and inside
/// it, as a declarative shadow root, the toolbar, count line and first page
/// of cards exactly as the widget draws them; beside it, the same stories as
/// schema.org JSON-LD for search engines.
///
/// A bundle is shown as the widget will show it, whole; other inputs are
/// first read as `bundle` reads them (drafts left out, each story once).
/// When newsdeck starts, the
/// live widget takes over from the written one without moving anything; a
/// reader without JavaScript keeps the cards, and a browser that cannot
/// show them sees a plain list of links instead.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  newsdeck render static/news.json -o news.html
  newsdeck render _news/ --src /news.json --set page-size=6 --set layout=list -o _includes/news.html
  newsdeck render static/news.json --page --title 'Company news' -o static/news/index.html

Times are written as dates (\"8 Dec\"), which cannot go stale; the live
widget writes \"3 hours ago\". SOURCE_DATE_EPOCH, if set, is taken as the time
of writing, for output that is the same on every run.")]
pub struct RenderArgs {
    /// Bundles, manifests, or any inputs `bundle` accepts.
    #[arg(required = true, value_name = "BUNDLE|DIR|FILE")]
    pub inputs: Vec<PathBuf>,
    /// Where to write the HTML; `-` for standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// The bundle's address for the live widget (`data-src`), as the page
    /// will find it; by default the input's file name, when it is one bundle.
    #[arg(long, value_name = "ADDRESS")]
    pub src: Option<String>,
    /// The site's address: relative addresses in the inputs, and `--src`,
    /// are resolved against it.
    #[arg(long, value_name = "URL", value_parser = parse_base_url)]
    pub base_url: Option<String>,
    /// A widget setting, as its attribute without `data-`: `page-size=6`,
    /// `layout=list`, `theme=dark`, `topics=AI`; repeat for several.
    #[arg(long = "set", value_name = "NAME=VALUE", value_parser = parse_setting)]
    pub settings: Vec<(String, String)>,
    /// Write a whole page (with the entry script) rather than a fragment to
    /// paste into a page or template.
    #[arg(long)]
    pub page: bool,
    /// The whole page's title; by default the widget's label.
    #[arg(long, value_name = "TEXT", requires = "page")]
    pub title: Option<String>,
    /// Where the page loads newsdeck's entry script from.
    #[arg(long, value_name = "URL", default_value = "newsdeck.js")]
    pub script: String,
    /// Where the written cards' style sheet is; by default `newsdeck.css`
    /// beside the entry script.
    #[arg(long, value_name = "URL")]
    pub stylesheet: Option<String>,
    /// A page with more stories, linked after the cards (`data-more-href`):
    /// where a reader without JavaScript goes on.
    #[arg(long, value_name = "URL")]
    pub more_href: Option<String>,
    /// Keep drafts in front matter, which are left out by default.
    #[arg(long)]
    pub include_drafts: bool,
}

/// Print the JSON Schema of the bundle format, for editors and other tools
/// that validate bundles.
#[derive(Args, Debug)]
#[command(after_help = "Example:\n  newsdeck schema -o bundle.schema.json")]
pub struct SchemaArgs {
    /// Write the schema to this file instead of printing it.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

fn parse_since(text: &str) -> Result<Timestamp, String> {
    since(text, now_unix_seconds())
}

/// Now, in whole seconds since the Unix epoch.
pub fn now_unix_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// A date, or an age before `now`: `30d`, `12h`, `2w`, `90m`.
fn since(text: &str, now: i64) -> Result<Timestamp, String> {
    if let Some(at) = Timestamp::parse(text) {
        return Ok(at);
    }
    let text = text.trim();
    let unit = match text.chars().last() {
        Some('m') => 60,
        Some('h') => 3_600,
        Some('d') => 86_400,
        Some('w') => 7 * 86_400,
        _ => 0,
    };
    let count = text[..text.len().saturating_sub(1)].parse::<i64>().ok();
    match count.filter(|_| unit > 0).and_then(|n| n.checked_mul(unit)) {
        Some(age) if age >= 0 => Ok(Timestamp {
            unix_seconds: now.saturating_sub(age),
            offset_minutes: 0,
        }),
        _ => Err(format!(
            "{text:?} is neither a date nor an age; write e.g. 2024-01-01, 2024-01-01T08:00:00Z, 30d, 12h or 2w"
        )),
    }
}

/// `page-size=6` as the attribute `data-page-size` and its value.
fn parse_setting(text: &str) -> Result<(String, String), String> {
    let (name, value) = text
        .split_once('=')
        .ok_or_else(|| format!("{text:?} is not NAME=VALUE, such as page-size=6"))?;
    let name = name.trim().trim_start_matches("data-");
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
        return Err(format!(
            "{name:?} is not a setting's name; write it as its attribute without data-, such as page-size"
        ));
    }
    Ok((format!("data-{name}"), value.to_owned()))
}

fn parse_base_url(text: &str) -> Result<String, String> {
    newsdeck_core::web_address(text).ok_or_else(|| {
        format!("{text:?} is not an http(s) address; write e.g. https://example.com/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn since_takes_a_date_or_an_age() {
        let now = 1_700_000_000;
        let ago = |text| since(text, now).map(|t| now - t.unix_seconds);
        assert_eq!(ago("30d"), Ok(30 * 86_400));
        assert_eq!(ago("12h"), Ok(12 * 3_600));
        assert_eq!(ago("2w"), Ok(14 * 86_400));
        assert_eq!(ago("90m"), Ok(90 * 60));
        assert_eq!(
            since("2024-01-01", now).map(|t| t.unix_seconds),
            Ok(1_704_067_200)
        );
        for bad in ["30", "d", "-3d", "3y", "soon", ""] {
            assert!(since(bad, now).is_err(), "{bad}");
        }
    }
}
