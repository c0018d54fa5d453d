//! A widget's configuration, read from its element's `data-*` attributes.
//! A bad value never leaves a blank widget: it is reported, and the default
//! is used instead.

use std::fmt;

use crate::query::time_range::TimeRange;
use crate::query::view::Query;
use crate::story::order::SortOrder;
use crate::text::find;

/// How cards are laid out (`data-layout`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// Cards side by side, as many columns as fit.
    #[default]
    Grid,
    /// One card per row, its picture beside the text where there is room.
    List,
    /// Dense rows without pictures or excerpts: more stories at a glance.
    Compact,
}

/// The widget's colours (`data-theme`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
}

/// How more stories are shown (`data-paging`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paging {
    /// A "Show more stories" button under the cards.
    #[default]
    Button,
    /// More cards as the reader scrolls near the end.
    Infinite,
}

/// Which controls the widget offers (`data-controls`): all by default; a
/// headline box of five stories in a sidebar may want none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Controls {
    /// The search box.
    pub search: bool,
    /// The Sort menu.
    pub sort: bool,
    /// The filters (topics, sources, types, time, quality).
    pub filters: bool,
    /// The "Keyboard shortcuts" button (the keys work regardless).
    pub shortcuts: bool,
    /// The count line ("24 stories") and the filters in effect.
    pub count: bool,
    /// "Show more stories" and how many are shown.
    pub more: bool,
}

impl Default for Controls {
    fn default() -> Controls {
        Controls::from_bits(u32::MAX)
    }
}

impl Controls {
    const NAMES: &'static [(&'static str, u32)] = &[
        ("search", 1),
        ("sort", 2),
        ("filters", 4),
        ("shortcuts", 8),
        ("count", 16),
        ("more", 32),
    ];

    fn from_bits(bits: u32) -> Controls {
        Controls {
            search: bits & 1 != 0,
            sort: bits & 2 != 0,
            filters: bits & 4 != 0,
            shortcuts: bits & 8 != 0,
            count: bits & 16 != 0,
            more: bits & 32 != 0,
        }
    }

    /// Whether any control above the feed is offered.
    pub fn any_in_toolbar(&self) -> bool {
        self.search || self.sort || self.filters || self.shortcuts
    }
}

/// Which parts of a card are shown (`data-show`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardParts {
    /// The lead picture.
    pub image: bool,
    /// The excerpt.
    pub excerpt: bool,
    /// The source's name and logo.
    pub provider: bool,
    /// The topic chips.
    pub topics: bool,
    /// The related stories panel.
    pub related: bool,
}

impl Default for CardParts {
    fn default() -> CardParts {
        CardParts {
            image: true,
            excerpt: true,
            provider: true,
            topics: true,
            related: true,
        }
    }
}

/// Everything a widget's element can set, each `data-*` attribute read or
/// defaulted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Where the bundle is (`data-src`), relative to the page.
    pub src: String,
    /// How many cards each page shows (`data-page-size`).
    pub page_size: usize,
    /// How cards are laid out (`data-layout`).
    pub layout: Layout,
    /// The colours (`data-theme`).
    pub theme: Theme,
    /// A BCP 47 tag for dates and numbers; `None` is the reader's own.
    pub locale: Option<String>,
    /// An IANA zone for absolute times; `None` is the reader's own.
    pub time_zone: Option<String>,
    /// Open stories in a new tab (`_blank`) or this one (`_self`).
    pub new_tab: bool,
    /// Links to other sites carry no referrer (`data-noreferrer`); the
    /// site's own pages always keep it.
    pub noreferrer: bool,
    /// Keep the last feed that loaded in local storage, to show when the
    /// network fails (`data-offline-copy`).
    pub offline_copy: bool,
    /// Which parts of a card are shown (`data-show`).
    pub show: CardParts,
    /// Which controls are offered (`data-controls`).
    pub controls: Controls,
    /// A button for more stories, or more as the reader scrolls
    /// (`data-paging`).
    pub paging: Paging,
    /// Where API page N is (`page/{n}/index.json`), for bundles in the API
    /// page shape; without it, derived from `src`.
    pub next_page: Option<String>,
    /// A page with more stories, linked after the cards (`data-more-href`).
    pub more_href: Option<String>,
    /// Show articles of one story as one card (`data-cluster`).
    pub cluster: bool,
    /// Keep the view in the page URL.
    pub url_state: bool,
    /// Seconds to wait for the server before giving up (`data-timeout`).
    pub timeout_seconds: u32,
    /// The largest bundle or part accepted, in megabytes (`data-max-size`):
    /// refused before the browser runs out of memory.
    pub max_size_mb: u32,
    /// `data-state-key`, else the element's `id`, if either is set.
    pub state_key: Option<String>,
    /// The widget's name for screen readers (`data-label`): its region is
    /// a landmark, and two landmarks on a page need different names.
    pub label: String,
    /// The view to open with.
    pub initial: Query,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            src: String::new(),
            page_size: DEFAULT_PAGE_SIZE,
            layout: Layout::Grid,
            theme: Theme::Auto,
            locale: None,
            time_zone: None,
            new_tab: true,
            noreferrer: true,
            offline_copy: true,
            show: CardParts::default(),
            controls: Controls::default(),
            paging: Paging::Button,
            next_page: None,
            more_href: None,
            cluster: true,
            url_state: true,
            timeout_seconds: 15,
            max_size_mb: 50,
            state_key: None,
            label: DEFAULT_LABEL.to_owned(),
            initial: Query::default(),
        }
    }
}

/// How many cards a page shows unless `data-page-size` says otherwise.
pub const DEFAULT_PAGE_SIZE: usize = 24;
pub const DEFAULT_LABEL: &str = "News";
const MAX_PAGE_SIZE: usize = 200;

/// An attribute whose value could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingWarning {
    /// The attribute, e.g. `data-layout`.
    pub attribute: &'static str,
    /// Its value, as written.
    pub value: String,
    /// What a valid value looks like, in the page author's words.
    pub expected: String,
    /// What is used instead.
    pub default: &'static str,
}

impl fmt::Display for SettingWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}=\"{}\" is not valid (expected {}); using {}",
            self.attribute, self.value, self.expected, self.default
        )
    }
}

/// Reads the settings; `attribute(name)` gives an attribute's value, if set.
pub fn read_settings(
    attribute: impl Fn(&str) -> Option<String>,
) -> (Settings, Vec<SettingWarning>) {
    read_settings_from(&attribute)
}

/// [`read_settings`] through one kind of attribute reader: each setting's
/// reading is then one copy in the widget, not one per reader.
fn read_settings_from(
    attribute: &dyn Fn(&str) -> Option<String>,
) -> (Settings, Vec<SettingWarning>) {
    let mut reader = Reader {
        attribute,
        warnings: Vec::new(),
    };
    let settings = Settings {
        src: attribute("data-src").unwrap_or_default().trim().to_owned(),
        page_size: reader
            .number(
                "data-page-size",
                "a whole number from 1 to 200",
                "24",
                MAX_PAGE_SIZE as u32,
            )
            .map_or(DEFAULT_PAGE_SIZE, |n| n as usize),
        layout: reader.choice(
            "data-layout",
            &[
                ("grid", Layout::Grid),
                ("list", Layout::List),
                ("compact", Layout::Compact),
            ],
        ),
        theme: reader.choice(
            "data-theme",
            &[
                ("auto", Theme::Auto),
                ("light", Theme::Light),
                ("dark", Theme::Dark),
            ],
        ),
        locale: reader.optional(
            "data-locale",
            "a language tag such as en-GB",
            &is_language_tag,
        ),
        time_zone: reader.optional(
            "data-time-zone",
            "a time zone such as Europe/Paris or UTC",
            &is_time_zone,
        ),
        new_tab: reader.choice("data-link-target", &[("_blank", true), ("_self", false)]),
        noreferrer: reader.choice("data-noreferrer", &[("on", true), ("off", false)]),
        offline_copy: reader.choice("data-offline-copy", &[("on", true), ("off", false)]),
        show: reader
            .valid(
                "data-show",
                "a list of image, excerpt, provider, topics, related",
                "all parts",
                &|v| card_parts(v).is_some(),
            )
            .and_then(|v| card_parts(&v))
            .unwrap_or_default(),
        controls: reader
            .valid(
                "data-controls",
                "a list of search, sort, filters, shortcuts, count, more",
                "all controls",
                &|v| listed(v, Controls::NAMES).is_some(),
            )
            .and_then(|v| listed(&v, Controls::NAMES))
            .map_or_else(Controls::default, Controls::from_bits),
        paging: reader.choice(
            "data-paging",
            &[("button", Paging::Button), ("infinite", Paging::Infinite)],
        ),
        next_page: reader.optional(
            "data-next",
            "an address with {n} for the page number",
            &|v| find::find(v, "{n}").is_some(),
        ),
        more_href: reader.optional(
            "data-more-href",
            "a page's address, such as /news/ or https://example.com/news/",
            &is_page_address,
        ),
        cluster: reader.choice("data-cluster", &[("on", true), ("off", false)]),
        url_state: reader.choice("data-url-state", &[("on", true), ("off", false)]),
        timeout_seconds: reader
            .number("data-timeout", "seconds, from 1 to 300", "15", 300)
            .unwrap_or(15),
        max_size_mb: reader
            .number("data-max-size", "megabytes, from 1 to 1000", "50", 1000)
            .unwrap_or(50),
        state_key: attribute("data-state-key")
            .or_else(|| attribute("id"))
            .filter(|k| !k.trim().is_empty()),
        label: attribute("data-label")
            .map(|label| label.trim().to_owned())
            .filter(|label| !label.is_empty())
            .unwrap_or_else(|| DEFAULT_LABEL.to_owned()),
        initial: initial_view(&mut reader),
    };
    (settings, reader.warnings)
}

struct Reader<'a> {
    attribute: &'a dyn Fn(&str) -> Option<String>,
    warnings: Vec<SettingWarning>,
}

impl Reader<'_> {
    /// The trimmed value of an attribute that is set, if `valid`; a warning
    /// and `None` when it is not, so the caller falls back to the default.
    fn valid(
        &mut self,
        name: &'static str,
        expected: &str,
        default: &'static str,
        valid: &dyn Fn(&str) -> bool,
    ) -> Option<String> {
        let raw = (self.attribute)(name)?;
        let value = raw.trim();
        if valid(value) {
            return Some(value.to_owned());
        }
        self.warnings.push(SettingWarning {
            attribute: name,
            value: raw,
            expected: expected.to_owned(),
            default,
        });
        None
    }

    /// A whole number from 1 to `max`.
    fn number(
        &mut self,
        name: &'static str,
        expected: &str,
        default: &'static str,
        max: u32,
    ) -> Option<u32> {
        let number = |v: &str| v.parse::<u32>().ok().filter(|n| (1..=max).contains(n));
        self.valid(name, expected, default, &|v| number(v).is_some())
            .and_then(|v| number(&v))
    }

    /// One of a fixed set of words, in any case; the first is the default.
    fn choice<T: Copy>(&mut self, name: &'static str, options: &[(&'static str, T)]) -> T {
        let words: Vec<&'static str> = options.iter().map(|(word, _)| *word).collect();
        options[self.choice_place(name, &words)].1
    }

    /// [`Reader::choice`] as the place of the word among `words`: the same
    /// code for every type of setting.
    fn choice_place(&mut self, name: &'static str, words: &[&'static str]) -> usize {
        let expected = format!("one of {}", words.join(", "));
        let place = |v: &str| words.iter().position(|word| word.eq_ignore_ascii_case(v));
        self.valid(name, &expected, words[0], &|v| place(v).is_some())
            .and_then(|v| place(&v))
            .unwrap_or(0)
    }

    fn optional(
        &mut self,
        name: &'static str,
        expected: &'static str,
        valid: &dyn Fn(&str) -> bool,
    ) -> Option<String> {
        self.valid(name, expected, "the reader's own", valid)
    }
}

/// A link a reader can follow: an http(s) address, or one relative to the
/// page (`/news/`, `more.html`); never `javascript:` or another scheme.
fn is_page_address(value: &str) -> bool {
    let value = value.trim();
    let scheme_end = value.find(':');
    let path_start = value.find(['/', '?', '#']);
    let relative = match (scheme_end, path_start) {
        (None, _) => true,
        (Some(colon), Some(slash)) => slash < colon,
        (Some(_), None) => false,
    };
    !value.is_empty() && (relative || crate::text::url::web_address(value).is_some())
}

/// `en`, `en-GB`, `zh-Hant-TW`: letters and digits in dash-separated parts.
fn is_language_tag(value: &str) -> bool {
    let mut parts = value.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `UTC`, `Europe/Paris`, `America/Argentina/Buenos_Aires`, `Etc/GMT+2`.
fn is_time_zone(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 40
        && value.split('/').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
        })
}

/// `image,excerpt,topics`: only the parts named; `none` for none.
fn card_parts(value: &str) -> Option<CardParts> {
    const NAMES: &[(&str, u32)] = &[
        ("image", 1),
        ("images", 1),
        ("excerpt", 2),
        ("provider", 4),
        ("source", 4),
        ("topics", 8),
        ("related", 16),
    ];
    let bits = listed(value, NAMES)?;
    Some(CardParts {
        image: bits & 1 != 0,
        excerpt: bits & 2 != 0,
        provider: bits & 4 != 0,
        topics: bits & 8 != 0,
        related: bits & 16 != 0,
    })
}

/// The bits of the names a list such as `search,sort` gives, in any case;
/// `none` gives none, and a name not in `names` makes the whole list
/// unusable (`None`), so the setting warns rather than half applies.
fn listed(value: &str, names: &[(&str, u32)]) -> Option<u32> {
    if value.trim().eq_ignore_ascii_case("none") {
        return Some(0);
    }
    (value.split(',').map(str::trim).filter(|p| !p.is_empty())).try_fold(0, |bits, part| {
        let (_, bit) = names
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(part))?;
        Some(bits | bit)
    })
}

/// The view set by `data-query`, `data-topics="AI,Robotics"`,
/// `data-sources`, `data-types`, `data-sort`, `data-time`, `data-quality`:
/// the same vocabulary as the URL, read by the same code. A sort, time or
/// quality that cannot be read is warned about, as other settings are, and
/// the view goes without it.
fn initial_view(reader: &mut Reader) -> Query {
    let attribute = reader.attribute;
    let mut pairs: Vec<(&str, String)> = Vec::new();
    pairs.extend(attribute("data-query").map(|value| ("q", value)));
    let mut read = |attribute, param, default| {
        let (expected, valid) = VIEW_RULES.iter().find(|rule| rule.0 == param)?.1;
        reader.valid(attribute, expected, default, &|v| valid(v))
    };
    let sort = read(
        "data-sort",
        "sort",
        "newest first, or best match while searching",
    );
    let time = read("data-time", "time", "any time");
    let quality = read("data-quality", "quality", "no minimum");
    let types = read("data-types", "types", "all types");
    pairs.extend(sort.map(|value| ("sort", value)));
    pairs.extend(time.map(|value| ("time", value)));
    pairs.extend(quality.map(|value| ("quality", value)));
    for (values, param) in [
        (attribute("data-topics"), "topic"),
        (attribute("data-sources"), "source"),
        (types, "type"),
    ] {
        let values = values.unwrap_or_default();
        pairs.extend(list(&values).map(|v| (param, v.to_owned())));
    }
    Query::from_params(pairs.iter().map(|(name, value)| (*name, value.as_str())))
}

/// What a valid value of a view parameter (and of its attribute) looks
/// like, and whether a value is one. Topics and sources are the bundle's
/// own, known only once it is read; the types are two, known now.
type ViewRule = (&'static str, (&'static str, fn(&str) -> bool));
const VIEW_RULES: [ViewRule; 5] = [
    (
        "sort",
        ("one of newest, oldest, trending, quality, relevance", |v| {
            SortOrder::from_param(v).is_some()
        }),
    ),
    (
        "time",
        (
            "24h, week, month, any, or dates as 2024-01-01..2024-03-31",
            |v| TimeRange::from_param(v).is_some(),
        ),
    ),
    (
        "quality",
        ("a whole number from 0 to 100", |v| {
            v.trim().parse::<u32>().is_ok_and(|q| q <= 100)
        }),
    ),
    (
        "type",
        ("article or video", |v| {
            v.trim().eq_ignore_ascii_case("article") || v.trim().eq_ignore_ascii_case("video")
        }),
    ),
    (
        "types",
        ("a list of article, video", |v| {
            list(v).all(|t| t.eq_ignore_ascii_case("article") || t.eq_ignore_ascii_case("video"))
        }),
    ),
];

/// A view parameter a script passed to `setQuery` that cannot be used: it
/// is left out of the view, as a bad attribute is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewParamWarning {
    /// The parameter's name, as passed.
    pub name: String,
    /// Its value, as passed.
    pub value: String,
    /// What a valid value looks like; `None` for a name that is no view
    /// parameter.
    pub expected: Option<&'static str>,
}

impl fmt::Display for ViewParamWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.expected {
            Some(expected) => write!(
                f,
                "setQuery {}=\"{}\" is not valid (expected {expected}); left out",
                self.name, self.value
            ),
            None => write!(
                f,
                "setQuery \"{}\" is not a view parameter (expected q, topic, source, category, \
                 type, time, quality or sort); left out",
                self.name
            ),
        }
    }
}

/// The warning `setQuery` gives for parameter `name` set to `value`, if any.
pub fn check_view_param(name: &str, value: &str) -> Option<ViewParamWarning> {
    let warning = |expected| {
        Some(ViewParamWarning {
            name: name.to_owned(),
            value: value.to_owned(),
            expected,
        })
    };
    match VIEW_RULES
        .iter()
        .find(|rule| rule.0 == name && name != "types")
    {
        Some((_, (expected, valid))) => (!valid(value))
            .then_some(())
            .and_then(|()| warning(Some(expected))),
        None if matches!(name, "q" | "topic" | "source" | "category") => None,
        None => warning(None),
    }
}

/// The values of a comma-separated list attribute.
fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::facet::Facet;
    use crate::story::order::SortOrder;

    fn read(pairs: &[(&str, &str)]) -> (Settings, Vec<SettingWarning>) {
        read_settings(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn no_attributes_mean_the_documented_defaults() {
        let (settings, warnings) = read(&[]);
        assert_eq!(settings, Settings::default());
        assert!(warnings.is_empty());
        assert_eq!(settings.page_size, 24);
        assert!(settings.new_tab && settings.cluster && settings.url_state);
    }

    #[test]
    fn every_attribute_is_read() {
        let (settings, warnings) = read(&[
            ("data-src", " news.json "),
            ("data-page-size", "12"),
            ("data-layout", "List"),
            ("data-theme", "dark"),
            ("data-locale", "en-GB"),
            ("data-time-zone", "America/Argentina/Buenos_Aires"),
            ("data-link-target", "_self"),
            ("data-show", "image, topics"),
            ("data-paging", "infinite"),
            ("data-next", "page/{n}/index.json"),
            ("data-cluster", "off"),
            ("data-url-state", "off"),
            ("data-timeout", "5"),
            ("data-max-size", "8"),
            ("id", "feed"),
            ("data-label", " AI briefing "),
            ("data-topics", "AI, Robotics"),
            ("data-sort", "trending"),
            ("data-time", "week"),
            ("data-quality", "60"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(settings.src, "news.json");
        assert_eq!(settings.page_size, 12);
        assert_eq!(
            (settings.layout, settings.theme, settings.paging),
            (Layout::List, Theme::Dark, Paging::Infinite)
        );
        assert_eq!(settings.locale.as_deref(), Some("en-GB"));
        assert_eq!(
            settings.time_zone.as_deref(),
            Some("America/Argentina/Buenos_Aires")
        );
        assert!(!settings.new_tab && !settings.cluster && !settings.url_state);
        assert_eq!(settings.next_page.as_deref(), Some("page/{n}/index.json"));
        assert_eq!((settings.timeout_seconds, settings.max_size_mb), (5, 8));
        assert_eq!(
            settings.show,
            CardParts {
                image: true,
                excerpt: false,
                provider: false,
                topics: true,
                related: false
            }
        );
        assert_eq!(settings.state_key.as_deref(), Some("feed"));
        assert_eq!(settings.label, "AI briefing");
        assert_eq!(read(&[("data-label", "  ")]).0.label, "News");
        assert!(settings.initial.is_selected(Facet::Topic, "robotics"));
        assert_eq!(settings.initial.sort, Some(SortOrder::Trending));
        assert_eq!(
            (settings.initial.time, settings.initial.min_quality),
            (TimeRange::PastWeek, 60)
        );
        assert!(read(&[("data-quality", "0")]).1.is_empty());
    }

    #[test]
    fn bad_values_warn_by_name_and_fall_back() {
        let (settings, warnings) = read(&[
            ("data-page-size", "lots"),
            ("data-layout", "masonry"),
            ("data-theme", "sepia"),
            ("data-locale", "english please"),
            ("data-time-zone", "../etc"),
            ("data-link-target", "_top"),
            ("data-show", "image,ads"),
            ("data-paging", "endless"),
            ("data-timeout", "0"),
            ("data-max-size", "huge"),
            ("data-sort", "best"),
            ("data-time", "lastweek"),
            ("data-quality", "150"),
            ("data-types", "article,podcast"),
        ]);
        let defaults = Settings::default();
        assert_eq!(
            settings,
            Settings {
                src: String::new(),
                ..defaults
            }
        );
        let named: Vec<&str> = warnings.iter().map(|w| w.attribute).collect();
        assert_eq!(
            named,
            [
                "data-page-size",
                "data-layout",
                "data-theme",
                "data-locale",
                "data-time-zone",
                "data-link-target",
                "data-show",
                "data-paging",
                "data-timeout",
                "data-max-size",
                "data-sort",
                "data-time",
                "data-quality",
                "data-types"
            ]
        );
        assert_eq!(
            warnings[13].to_string(),
            "data-types=\"article,podcast\" is not valid (expected a list of article, video); using all types"
        );
        let (types, none) = read(&[("data-types", " Video , article")]);
        assert!(none.is_empty());
        assert!(types.initial.is_selected(Facet::Kind, "video"));
        assert_eq!(
            warnings[12].to_string(),
            "data-quality=\"150\" is not valid (expected a whole number from 0 to 100); using no minimum"
        );
        assert_eq!(
            warnings[1].to_string(),
            "data-layout=\"masonry\" is not valid (expected one of grid, list, compact); using grid"
        );
        assert_eq!(read(&[("data-page-size", "0")]).1.len(), 1);
        assert_eq!(check_view_param("sort", "trending"), None);
        assert_eq!(check_view_param("topic", "anything"), None);
        assert_eq!(
            check_view_param("sort", "best").map(|w| w.to_string()).as_deref(),
            Some("setQuery sort=\"best\" is not valid (expected one of newest, oldest, trending, quality, relevance); left out")
        );
        assert!(check_view_param("quality", "150").is_some());
        assert!(check_view_param("type", "podcast").is_some());
        assert_eq!(
            check_view_param("topc", "ai").and_then(|w| w.expected),
            None
        );
        assert!(check_view_param("topc", "ai").is_some());
        let (defaults, _) = read(&[]);
        assert!(defaults.offline_copy && defaults.noreferrer);
        let (off, none) = read(&[("data-offline-copy", "off"), ("data-noreferrer", "OFF")]);
        assert!(none.is_empty() && !off.offline_copy && !off.noreferrer);
        assert_eq!(read(&[("data-page-size", "500")]).0.page_size, 24);
        assert!(!read(&[("data-show", "none")]).0.show.image);
    }

    #[test]
    fn more_href_is_a_page_address_never_a_script() {
        let more = |value: &str| {
            let (settings, warnings) = read(&[("data-more-href", value)]);
            (settings.more_href, warnings.len())
        };
        assert_eq!(more("/news/"), (Some("/news/".to_owned()), 0));
        assert_eq!(
            more("more.html?page=2"),
            (Some("more.html?page=2".to_owned()), 0)
        );
        assert_eq!(
            more("https://example.com/news/"),
            (Some("https://example.com/news/".to_owned()), 0)
        );
        assert_eq!(more("javascript:alert(1)"), (None, 1));
        assert_eq!(more("data:text/html,x"), (None, 1));
    }

    #[test]
    fn controls_are_all_none_or_the_ones_listed() {
        let controls = |value: &str| {
            let (settings, warnings) = read(&[("data-controls", value)]);
            (settings.controls, warnings.len())
        };
        assert_eq!(read(&[]).0.controls, Controls::default());
        let (none, warned) = controls("none");
        assert_eq!(warned, 0);
        assert!(!none.any_in_toolbar() && !none.count && !none.more);
        let (some, warned) = controls("Search, more");
        assert_eq!(warned, 0);
        assert!(some.search && some.more && !some.sort && !some.filters && !some.count);
        assert!(some.any_in_toolbar());
        assert_eq!(controls("search,carousel"), (Controls::default(), 1));
    }
}
