//! Component tests in headless Chromium: each mounts a component into a
//! fresh element, acts on the real DOM, lets Yew finish rendering, and reads
//! the DOM back. No network: every bundle here is built in the test.

#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use newsdeck::components::card::{Card, CardProps};
use newsdeck::components::deck::{Deck, DeckProps};
use newsdeck::components::feed_view::PAGE_SIZE;
use newsdeck::hooks::use_shared::Shared;
use newsdeck::services::bundle::{LoadError, Part, Remaining};
use newsdeck::services::intl_dates::Dates;
use newsdeck::state::load::{Load, LoadAction, LoadState};
use newsdeck::state::loaded::LoadedFeed;
use newsdeck::state::result_ids::ResultIds;
use newsdeck::views::load_error_box::load_error_box;
use newsdeck::views::skeleton_card::loading_feed;
use newsdeck_core::{read_bundle, Query, SearchTerms, Timestamp};
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::{AttrValue, Callback, Reducible};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_element() -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let element = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&element)
        .expect("appended");
    element
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .map(|list| list.length())
        .unwrap_or(0)
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
}

fn loaded(records: Vec<Value>) -> LoadedFeed {
    LoadedFeed::from_bundle(read_bundle(&Value::Array(records)).expect("a list"), true)
}

const NOW: &str = "2021-08-17T15:45:00Z";

async fn render_card(record: Value) -> Element {
    let root = fresh_element();
    let props = CardProps {
        loaded: loaded(vec![record]),
        id: 0,
        terms: Rc::new(SearchTerms::default()),
        position: 3,
        set_size: Some(715),
        id_prefix: AttrValue::from("test"),
        now: Timestamp::parse(NOW)
            .map(|t| t.unix_seconds)
            .unwrap_or_default(),
        eager_image: false,
        shown: ResultIds::new(&[0]),
        onshow: Callback::noop(),
    };
    yew::Renderer::<BritishCard>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// A card whose dates are written for a British reader in UTC, whatever
/// the test browser's own settings.
#[yew::function_component]
fn BritishCard(props: &CardProps) -> yew::Html {
    let shared = Shared {
        dates: Rc::new(Dates::new(Some("en-GB"), Some("UTC"))),
        ..Shared::default()
    };
    let props = props.clone();
    yew::html! {
        <yew::ContextProvider<Shared> context={shared}>
            <Card ..props />
        </yew::ContextProvider<Shared>>
    }
}

fn seed_record() -> Value {
    json!({
        "title": "UK privacy advocates sound alarm on &#8216;dystopian&#8217; live facial recognition",
        "excerpt": "Campaigners say the proposed&nbsp;changes leave a path for abuse.",
        "publishedDateTime": "2021-08-17T12:45:00Z",
        "webUrl": "https://www.rt.com/uk/532293-uk-facial-recognition-concerns/",
        "type": "video",
        "published": false,
        "provider": {"name": "RT", "domain": "rt.com", "images": [{"url": "https://example.com/rt.png", "width": 50, "height": 50}]},
        "topics": ["Computer Vision", "AI"],
        "images": [{"url": "https://cdni.rt.com/files/611baefa.jpg", "width": 1240, "height": 697}]
    })
}

#[wasm_bindgen_test]
async fn card_shows_the_story_and_follows_the_feed_pattern() {
    let root = render_card(seed_record()).await;
    let card = find(&root, "article.nd-card");
    assert_eq!(
        card.get_attribute("aria-labelledby").as_deref(),
        Some("test-story-0")
    );
    assert_eq!(card.get_attribute("aria-posinset").as_deref(), Some("3"));
    assert_eq!(card.get_attribute("aria-setsize").as_deref(), Some("715"));
    assert_eq!(card.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(
        text(&root, "#test-story-0"),
        "UK privacy advocates sound alarm on ‘dystopian’ live facial recognition"
    );
    let link = find(&root, "a.nd-card__link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://www.rt.com/uk/532293-uk-facial-recognition-concerns/")
    );
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(
        text(&root, ".nd-card__excerpt"),
        "Campaigners say the proposed changes leave a path for abuse."
    );
    assert_eq!(text(&root, ".nd-card__provider"), "RT");
    let time = find(&root, "time");
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2021-08-17T12:45:00Z")
    );
    assert_eq!(
        time.get_attribute("title").as_deref(),
        Some("17 August 2021 at 12:45 UTC")
    );
    assert_eq!(time.text_content().as_deref(), Some("3 hours ago"));
    assert_eq!(text(&root, ".nd-topics"), "Computer VisionAI");
    assert_eq!(text(&root, ".nd-badge--video"), "Video");
    assert_eq!(text(&root, ".nd-badge--draft"), "Unpublished");
}

#[wasm_bindgen_test]
async fn card_image_keeps_its_size_and_loads_lazily() {
    let root = render_card(seed_record()).await;
    let image = find(&root, ".nd-card__media img");
    assert_eq!(image.get_attribute("width").as_deref(), Some("1240"));
    assert_eq!(image.get_attribute("height").as_deref(), Some("697"));
    assert_eq!(image.get_attribute("loading").as_deref(), Some("lazy"));
    assert_eq!(image.get_attribute("alt").as_deref(), Some(""));
    let logo = find(&root, ".nd-card__logo");
    assert_eq!(
        logo.get_attribute("src").as_deref(),
        Some("https://example.com/rt.png")
    );
}

#[wasm_bindgen_test]
async fn a_picture_that_fails_gives_way_to_the_stand_in() {
    let root = render_card(seed_record()).await;
    let image = find(&root, ".nd-card__media img");
    let error = web_sys::Event::new("error").expect("an event");
    image.dispatch_event(&error).expect("dispatched");
    yew::scheduler::flush().await;
    assert_eq!(count(&root, ".nd-card__media img"), 0);
    assert_eq!(text(&root, ".nd-card__media--empty"), "R");
}

#[wasm_bindgen_test]
async fn a_logo_that_fails_gives_way_to_the_initial_in_its_box() {
    let root = render_card(seed_record()).await;
    let logo = find(&root, ".nd-card__logo");
    let error = web_sys::Event::new("error").expect("an event");
    logo.dispatch_event(&error).expect("dispatched");
    yew::scheduler::flush().await;
    assert_eq!(count(&root, "img.nd-card__logo"), 0);
    let monogram = find(&root, ".nd-card__logo.nd-card__monogram");
    assert_eq!(monogram.text_content().as_deref(), Some("R"));
    assert_eq!(
        monogram.get_attribute("aria-hidden").as_deref(),
        Some("true")
    );
    assert_eq!(text(&root, ".nd-card__provider"), "RT");
}

#[wasm_bindgen_test]
async fn a_source_without_a_logo_shows_its_initial_in_the_logos_box() {
    let root = render_card(json!({"title": "A title", "provider": {"name": "daily mail"}})).await;
    assert_eq!(count(&root, "img.nd-card__logo"), 0);
    assert_eq!(text(&root, ".nd-card__logo.nd-card__monogram"), "D");
}

#[wasm_bindgen_test]
async fn hostile_text_is_rendered_as_text_and_unsafe_links_are_dropped() {
    let root = render_card(json!({
        "title": "<img src=x onerror=\"window.__pwned=1\">Breaking",
        "excerpt": "<script>window.__pwned=2</script>",
        "webUrl": "javascript:window.__pwned=3",
        "originalUrl": "data:text/html,<script>alert(1)</script>",
        "images": [{"url": " JAVASCRIPT:alert(1)"}],
        "provider": {"name": "<i>Evil</i>"}
    }))
    .await;
    assert_eq!(
        text(&root, "#test-story-0"),
        "<img src=x onerror=\"window.__pwned=1\">Breaking"
    );
    assert_eq!(
        text(&root, ".nd-card__excerpt"),
        "<script>window.__pwned=2</script>"
    );
    assert_eq!(count(&root, "a"), 0);
    assert_eq!(count(&root, "img, script, i"), 0);
    assert_eq!(count(&root, ".nd-card__media--empty"), 1);
}

#[wasm_bindgen_test]
async fn a_card_without_date_provider_or_topics_still_reads_well() {
    let root = render_card(json!({"title": "Just a title"})).await;
    assert_eq!(text(&root, "#test-story-0"), "Just a title");
    assert_eq!(
        count(
            &root,
            "time, .nd-card__logo, .nd-card__provider, .nd-card__footer, .nd-card__excerpt"
        ),
        0
    );
    assert_eq!(text(&root, ".nd-card__media--empty"), "N");
}

fn stories(how_many: usize, skipped_records: usize) -> LoadedFeed {
    let mut records: Vec<Value> = (0..how_many)
        .map(|i| {
            json!({
                "title": format!("Story {i}"),
                "excerpt": if i % 2 == 0 { "Robots at work" } else { "Gardens in bloom" },
                "topics": [if i % 3 == 0 { "AI" } else { "Nature" }],
                "publishedDateTime": format!("2024-01-01T00:{:02}:{:02}Z", i / 60, i % 60)
            })
        })
        .collect();
    records.extend((0..skipped_records).map(|_| json!(null)));
    LoadedFeed::from_bundle(read_bundle(&Value::Array(records)).expect("a list"), true)
}

async fn render_deck(loaded: LoadedFeed, initial: Query, state_key: Option<&str>) -> Element {
    render_deck_with(loaded, initial, state_key, false).await
}

async fn render_deck_with(
    loaded: LoadedFeed,
    initial: Query,
    state_key: Option<&str>,
    arriving: bool,
) -> Element {
    let root = fresh_element();
    let props = DeckProps {
        loaded,
        now: 1_704_067_200,
        id_prefix: AttrValue::from("deck-test"),
        initial,
        state_key: state_key.map(AttrValue::from),
        more: None,
        arriving,
    };
    yew::Renderer::<Deck>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// The `aria-posinset` of every card in the DOM.
fn rendered_positions(root: &Element) -> Vec<usize> {
    let cards = root
        .query_selector_all("[role=feed] > article")
        .expect("a selector");
    (0..cards.length())
        .filter_map(|i| cards.item(i))
        .filter_map(|card| card.dyn_into::<Element>().ok())
        .filter_map(|card| card.get_attribute("aria-posinset")?.parse().ok())
        .collect()
}

/// Scrolls the last rendered card into view and lets the feed follow.
async fn scroll_to_last_card(root: &Element) {
    let last = rendered_positions(root).into_iter().max().unwrap_or(1);
    find(root, &format!("article[aria-posinset='{last}']")).scroll_into_view();
    let window = web_sys::window().expect("a window");
    let scrolled = web_sys::Event::new("scroll").expect("an event");
    window.dispatch_event(&scrolled).expect("dispatched");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn feed_shows_a_page_then_more_on_request() {
    let total = PAGE_SIZE + 6;
    let root = render_deck(stories(total, 0), Query::default(), None).await;
    assert_eq!(
        find(&root, "[role=feed]")
            .get_attribute("aria-busy")
            .as_deref(),
        Some("false")
    );
    assert_eq!(text(&root, ".nd-count"), format!("{total} stories"));
    assert_eq!(
        text(&root, ".nd-more__count"),
        format!("Showing {PAGE_SIZE} of {total}")
    );
    assert_eq!(count(&root, "[role=feed] > article"), PAGE_SIZE as u32);
    assert_eq!(
        count(&root, &format!("article[aria-setsize='{total}']")),
        PAGE_SIZE as u32
    );
    // Newest first: the last generated story has the latest time.
    assert_eq!(
        text(&root, "article[aria-posinset='1'] h3"),
        format!("Story {}", total - 1)
    );
    click(&root, ".nd-more button");
    yew::scheduler::flush().await;
    assert_eq!(count(&root, ".nd-more"), 0);
    // Every revealed card can be scrolled to, each with its own title id,
    // and the DOM holds only a window of them at a time.
    let mut title_ids = std::collections::BTreeMap::new();
    for _ in 0..total {
        for n in rendered_positions(&root) {
            let card = find(&root, &format!("article[aria-posinset='{n}']"));
            title_ids.insert(n, card.get_attribute("aria-labelledby").unwrap_or_default());
        }
        if title_ids.contains_key(&total) {
            break;
        }
        scroll_to_last_card(&root).await;
    }
    let positions: Vec<usize> = title_ids.keys().copied().collect();
    assert_eq!(positions, (1..=total).collect::<Vec<_>>());
    let unique: std::collections::HashSet<&String> = title_ids.values().collect();
    assert_eq!(unique.len(), total, "title ids are unique");
}

fn press(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a key event");
    target.dispatch_event(&event).expect("dispatched");
}

fn focused_position() -> Option<String> {
    web_sys::window()?
        .document()?
        .active_element()?
        .get_attribute("aria-posinset")
}

#[wasm_bindgen_test]
async fn page_down_and_up_move_focus_card_by_card_beyond_what_is_rendered() {
    let total = PAGE_SIZE + 6;
    let root = render_deck(stories(total, 0), Query::default(), None).await;
    find(&root, "article[aria-posinset='1']")
        .unchecked_into::<HtmlElement>()
        .focus()
        .expect("focusable");
    for n in 2..=total {
        let card = find(&root, "article:focus");
        press(&card, "PageDown");
        yew::scheduler::flush().await;
        assert_eq!(
            focused_position(),
            Some(n.to_string()),
            "after PageDown to {n}"
        );
    }
    assert!(
        count(&root, "[role=feed] > article") < total as u32,
        "a window, not all"
    );
    press(&find(&root, "article:focus"), "PageUp");
    yew::scheduler::flush().await;
    assert_eq!(focused_position(), Some((total - 1).to_string()));
}

#[wasm_bindgen_test]
async fn feed_is_busy_with_placeholders_while_loading() {
    let root = fresh_element();
    #[yew::function_component]
    fn Loading() -> yew::Html {
        loading_feed()
    }
    yew::Renderer::<Loading>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(
        find(&root, "[role=feed]")
            .get_attribute("aria-busy")
            .as_deref(),
        Some("true")
    );
    assert_eq!(count(&root, ".nd-card--skeleton[aria-hidden='true']"), 6);
    assert_eq!(count(&root, "article"), 0);
}

#[wasm_bindgen_test]
async fn first_stories_show_busy_while_the_rest_arrives() {
    let total = PAGE_SIZE + 6;
    let root = render_deck_with(stories(total, 0), Query::default(), None, true).await;
    assert_eq!(
        find(&root, "[role=feed]")
            .get_attribute("aria-busy")
            .as_deref(),
        Some("true")
    );
    assert_eq!(text(&root, ".nd-count"), "Loading more stories…");
    assert_eq!(count(&root, "[role=feed] > article"), PAGE_SIZE as u32);
    // How many there will be is not known yet.
    assert_eq!(count(&root, "article[aria-setsize='-1']"), PAGE_SIZE as u32);
    assert_eq!(
        text(&root, ".nd-more__count"),
        format!("Showing {PAGE_SIZE} so far")
    );
    assert!(find(&root, ".nd-filters-toggle").has_attribute("disabled"));
    // The filters wait for all the values, which would move them.
    assert_eq!(count(&root, ".nd-panel--skeleton[aria-hidden='true']"), 1);
    assert_eq!(count(&root, ".nd-facet input"), 0);

    // A search's first stories could be anywhere in the rest: placeholders.
    let search = Query {
        text: "story".into(),
        ..Query::default()
    };
    let root = render_deck_with(stories(total, 0), search, None, true).await;
    assert_eq!(
        count(&root, "[role=feed][aria-busy='true'] .nd-card--skeleton"),
        6
    );
    assert_eq!(count(&root, "article"), 0);
}

#[wasm_bindgen_test]
async fn feed_says_quietly_how_many_records_were_skipped() {
    let root = render_deck(stories(2, 1), Query::default(), None).await;
    assert_eq!(text(&root, ".nd-note"), "1 record could not be read");
    let root = render_deck(stories(1, 3), Query::default(), None).await;
    assert_eq!(text(&root, ".nd-count"), "1 story");
    assert_eq!(text(&root, ".nd-note"), "3 records could not be read");
    let root = render_deck(stories(3, 0), Query::default(), None).await;
    assert_eq!(count(&root, ".nd-note, .nd-more"), 0);
}

#[wasm_bindgen_test]
async fn an_empty_bundle_says_so() {
    let root = render_deck(stories(0, 0), Query::default(), None).await;
    assert_eq!(text(&root, ".nd-empty"), "No stories to show yet.");
    // Nothing to search, sort or filter: no controls that would do nothing.
    assert_eq!(count(&root, "input, select, button"), 0);
    let root = render_deck(stories(0, 2), Query::default(), None).await;
    assert_eq!(text(&root, ".nd-note"), "2 records could not be read");
    assert_eq!(text(&root, ".nd-empty"), "No stories to show yet.");
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = find(root, selector).unchecked_into();
    input.set_value(value);
    let event = web_sys::InputEvent::new("input").expect("an input event");
    input.dispatch_event(&event).expect("dispatched");
}

#[wasm_bindgen_test]
async fn typing_narrows_the_feed_and_marks_the_words() {
    let root = render_deck(stories(10, 0), Query::default(), None).await;
    type_into(&root, "input[type=search]", "robo");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".nd-count"), "5 of 10 stories");
    assert_eq!(count(&root, "[role=feed] > article"), 5);
    assert_eq!(count(&root, "[role=feed] mark"), 5);
    assert_eq!(text(&root, "[role=feed] mark"), "Robots");
    assert_eq!(
        find(&root, ".nd-count")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
    type_into(&root, "input[type=search]", "zebra ");
    yew::scheduler::flush().await;
    assert!(text(&root, ".nd-empty").contains("No stories match “zebra”"));
    click(&root, ".nd-empty button");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".nd-count"), "10 stories");
}

#[wasm_bindgen_test]
async fn a_facet_click_filters_updates_counts_and_shows_a_removable_chip() {
    let root = render_deck(stories(9, 0), Query::default(), Some("facettest")).await;
    let topics = find(&root, "fieldset.nd-facet");
    assert_eq!(text(&topics, "legend"), "Topics");
    assert_eq!(text(&topics, "li:nth-child(1) label"), "Nature6");
    assert_eq!(text(&topics, "li:nth-child(2) label"), "AI3");
    click(&topics, "li:nth-child(2) input");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".nd-count"), "3 of 9 stories");
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    assert!(search.contains("facettest.topic=ai"), "{search}");
    assert!(text(&root, ".nd-chips").contains("Topic: AI"));
    click(&root, ".nd-chips .nd-chip");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".nd-count"), "9 stories");
    assert_eq!(count(&root, ".nd-chips"), 0);
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    assert!(!search.contains("facettest."), "{search}");
}

#[wasm_bindgen_test]
async fn attributes_set_the_first_view() {
    let initial = Query::from_params([("topic", "AI"), ("sort", "oldest")]);
    let root = render_deck(stories(9, 0), initial, None).await;
    assert_eq!(text(&root, ".nd-count"), "3 of 9 stories");
    assert_eq!(text(&root, "article[aria-posinset='1'] h3"), "Story 0");
}

#[wasm_bindgen_test]
async fn the_error_box_is_an_alert_whose_retry_button_retries() {
    let root = fresh_element();
    let retries = Rc::new(Cell::new(0));
    let onretry = {
        let retries = retries.clone();
        Callback::from(move |()| retries.set(retries.get() + 1))
    };
    #[derive(yew::Properties, PartialEq)]
    struct ErrorProps {
        onretry: Callback<()>,
    }
    #[yew::function_component]
    fn Error(props: &ErrorProps) -> yew::Html {
        load_error_box(
            "The news feed was not found (HTTP 404).".into(),
            &props.onretry,
        )
    }
    yew::Renderer::<Error>::with_root_and_props(root.clone(), ErrorProps { onretry }).render();
    yew::scheduler::flush().await;
    assert!(text(&root, "[role=alert]").contains("The news feed was not found (HTTP 404)."));
    assert_eq!(
        find(&root, "button").get_attribute("type").as_deref(),
        Some("button")
    );
    click(&root, "button");
    click(&root, "button");
    assert_eq!(retries.get(), 2);
}

/// Mounts a widget in `host`, in a shadow root made as the entry script
/// makes it, configured by its attributes alone (no `newsdeck.mount` options).
fn mount(host: &Element) -> newsdeck::NewsdeckHandle {
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("a shadow root");
    newsdeck::mount_element(host.clone(), shadow, wasm_bindgen::JsValue::UNDEFINED)
        .expect("mounted")
}

#[wasm_bindgen_test]
async fn a_widget_without_a_source_says_so() {
    let host_element = fresh_element();
    let host = &host_element;
    // No data-src: the widget must explain, not stay blank.
    let _widget = mount(host);
    let alert = wait_for(&widget(host), "[role=alert]").await;
    assert!(alert
        .text_content()
        .unwrap_or_default()
        .contains("No news source is set"));
}

#[wasm_bindgen_test]
async fn a_widget_whose_source_is_no_address_says_so() {
    let host = host("http://[::1");
    let _widget = mount(&host);
    let alert = wait_for(&widget(&host), "[role=alert]").await;
    assert!(
        alert.text_content().unwrap_or_default().contains(
            "The news source \"http://[::1\" is not a valid address: check the data-src attribute."
        ),
        "{}",
        alert.inner_html()
    );
}

/// Waits, one animation frame at a time, until `selector` matches inside
/// `root`; gives up after about two seconds of frames. Event-driven, no sleeps.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..120 {
        if let Ok(Some(found)) = root.query_selector(selector) {
            return found;
        }
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            let window = web_sys::window().expect("a window");
            window.request_animation_frame(&resolve).expect("a frame");
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.ok();
        yew::scheduler::flush().await;
    }
    panic!("{selector} never appeared in {}", root.inner_html());
}

/// The element a widget renders into, inside its host's shadow root.
fn widget(host: &Element) -> Element {
    host.shadow_root()
        .and_then(|shadow| shadow.first_element_child())
        .expect("a widget in the host's shadow root")
}

fn host(src: &str) -> Element {
    let host = fresh_element();
    host.set_attribute("data-newsdeck", "")
        .expect("attribute set");
    host.set_attribute("data-src", src).expect("attribute set");
    host
}

#[wasm_bindgen_test]
async fn widgets_on_one_page_load_their_own_bundles_independently() {
    let good = host(
        r#"data:application/json,[{"title":"First","publishedDateTime":"2024-01-02T00:00:00Z"},{"title":"Second","publishedDateTime":"2024-01-01T00:00:00Z"},7]"#,
    );
    let broken = host("data:application/json,{not json");
    let _widgets = [&good, &broken].map(mount);
    // Each widget lives in its host's shadow root.
    let (good, broken) = (widget(&good), widget(&broken));
    wait_for(&good, "[role=feed][aria-busy=false]").await;
    assert_eq!(text(&good, ".nd-count"), "2 stories");
    assert_eq!(text(&good, ".nd-note"), "1 record could not be read");
    assert_eq!(text(&good, "article[aria-posinset='1'] h3"), "First");
    let alert = wait_for(&broken, "[role=alert]").await;
    assert!(alert
        .text_content()
        .unwrap_or_default()
        .contains("not valid JSON"));
    assert_eq!(count(&good, "[role=alert]"), 0);
    let good_id = find(&good, "article").get_attribute("aria-labelledby");
    let other_ids = find(&good, "article[aria-posinset='2']").get_attribute("aria-labelledby");
    assert_ne!(good_id, other_ids);
}

fn page_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn two_widgets_keep_separate_state_in_the_url_and_one_can_opt_out() {
    let alpha = render_deck(stories(9, 0), Query::default(), Some("alpha")).await;
    let beta = render_deck(stories(9, 0), Query::default(), Some("beta")).await;
    let quiet = render_deck(stories(9, 0), Query::default(), None).await;
    type_into(&alpha, "input[type=search]", "robots ");
    yew::scheduler::flush().await;
    click(&find(&beta, "fieldset.nd-facet"), "li:nth-child(2) input");
    yew::scheduler::flush().await;
    let before_quiet = page_search();
    assert!(before_quiet.contains("alpha.q=robots"), "{before_quiet}");
    assert!(before_quiet.contains("beta.topic=ai"), "{before_quiet}");
    assert!(
        !before_quiet.contains("alpha.topic") && !before_quiet.contains("beta.q"),
        "{before_quiet}"
    );
    assert_eq!(text(&alpha, ".nd-count"), "5 of 9 stories");
    assert_eq!(text(&beta, ".nd-count"), "3 of 9 stories");
    click(&find(&quiet, "fieldset.nd-facet"), "li:nth-child(1) input");
    yew::scheduler::flush().await;
    assert_eq!(text(&quiet, ".nd-count"), "6 of 9 stories");
    assert_eq!(
        page_search(),
        before_quiet,
        "a widget with URL state off leaves the URL alone"
    );
}

fn press_escape(target: &Element) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a key event");
    target.dispatch_event(&event).expect("dispatched");
}

#[wasm_bindgen_test]
async fn the_related_panel_opens_in_place_and_escape_closes_it_back_to_the_button() {
    let mut record = seed_record();
    record["related"] = json!([
        {"title": "Daily Mail follow-up", "webUrl": "https://www.dailymail.co.uk/a.html", "publishedDateTime": "2021-08-17T07:39:00Z",
         "provider": {"name": "Daily Mail"}, "images": [{"url": "https://i.dailymail.co.uk/a.jpg", "width": 636, "height": 382}]},
        {"title": "WGBH commentary", "webUrl": "https://www.wgbh.org/b", "publishedDateTime": "2021-08-17T09:03:00Z", "excerpt": "Across the country…"},
        {"title": "Daily Mail follow-up, AMP", "webUrl": "https://www.dailymail.co.uk/a.html/amp/"},
        {"title": "Unsafe", "webUrl": "javascript:alert(1)"}
    ]);
    let root = render_card(record).await;
    let toggle = find(&root, ".nd-related-toggle");
    assert_eq!(toggle.text_content().as_deref(), Some("3 related stories"));
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(toggle.tag_name(), "BUTTON");
    assert_eq!(count(&root, ".nd-related"), 0);
    click(&root, ".nd-related-toggle");
    yew::scheduler::flush().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let panel = find(&root, ".nd-related");
    assert_eq!(
        toggle.get_attribute("aria-controls"),
        panel.get_attribute("id")
    );
    // Newest first; the AMP copy of the Daily Mail story is the same story.
    let titles: Vec<String> = (1..=3)
        .map(|n| text(&panel, &format!("li:nth-child({n}) .nd-related__title")))
        .collect();
    assert_eq!(titles[0], "WGBH commentary (opens in a new tab)");
    assert_eq!(titles[1], "Daily Mail follow-up (opens in a new tab)");
    assert_eq!(titles[2], "Unsafe");
    assert_eq!(
        count(&panel, "a[rel='noopener noreferrer'][target=_blank]"),
        2
    );
    assert_eq!(
        count(&panel, "img[width='64'][height='48'][loading=lazy]"),
        1
    );
    press_escape(&find(&panel, "a"));
    yew::scheduler::flush().await;
    assert_eq!(count(&root, ".nd-related"), 0);
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    assert_eq!(
        focused.as_ref(),
        Some(&toggle),
        "focus returns to the button"
    );
}

#[wasm_bindgen_test]
async fn a_card_without_related_stories_has_no_panel_button() {
    let root = render_card(json!({"title": "Alone"})).await;
    assert_eq!(count(&root, ".nd-related-toggle"), 0);
}

#[wasm_bindgen_test]
fn relative_times_read_naturally_in_english_and_in_the_readers_language() {
    let at = Timestamp::parse("2021-08-17T12:45:00Z").expect("a date");
    let english = Dates::new(Some("en-GB"), Some("UTC"));
    assert_eq!(english.relative(at, at.unix_seconds + 30), "Just now");
    assert_eq!(english.relative(at, at.unix_seconds + 86_400), "Yesterday");
    let german = Dates::new(Some("de"), Some("UTC"));
    assert_eq!(german.relative(at, at.unix_seconds + 30), "Jetzt");
}

/// A part of a bundle: `count` stories, from story `first` on, and `bad`
/// records that cannot be read.
fn part(first: usize, count: usize, bad: usize, remaining: Remaining) -> Part {
    let mut records: Vec<Value> = (first..first + count)
        .map(|i| json!({"title": format!("Part story {i}"), "publishedDateTime": format!("2024-01-01T00:00:{:02}Z", i % 60)}))
        .collect();
    records.extend((0..bad).map(|_| json!(null)));
    Part {
        bundle: read_bundle(&Value::Array(records)).expect("a list"),
        remaining,
        saved_at: None,
    }
}

fn next_page() -> Remaining {
    Remaining::Page {
        address: "https://example.com/news?page=2".into(),
        number: 2,
    }
}

/// The feed a load shows, and whether it is still arriving.
fn shown(load: &Load) -> Option<(&LoadedFeed, bool)> {
    match &load.state {
        LoadState::Arriving(loaded) => Some((loaded, true)),
        LoadState::Ready(loaded) => Some((loaded, false)),
        LoadState::Loading | LoadState::Failed(_) => None,
    }
}

fn started(action: LoadAction) -> Rc<Load> {
    Rc::new(Load::default())
        .reduce(LoadAction::Start { cluster: true })
        .reduce(action)
}

#[wasm_bindgen_test]
fn a_load_shows_its_first_stories_then_the_whole_feed() {
    let load = Rc::new(Load::default()).reduce(LoadAction::Start { cluster: true });
    assert!(matches!(load.state, LoadState::Loading));
    let first = part(0, 4, 0, Remaining::Nothing).bundle.articles;
    let load = load.reduce(LoadAction::FirstLook(first));
    let (feed, arriving) = shown(&load).expect("the first stories");
    assert_eq!((feed.stories, arriving), (4, true));
    assert!(
        !load.has_more(),
        "nothing more to ask for while the rest arrives"
    );
    let load = load.reduce(LoadAction::Started(Ok(part(0, 10, 2, Remaining::Nothing))));
    let (feed, arriving) = shown(&load).expect("the feed");
    assert_eq!((feed.stories, feed.skipped, arriving), (10, 2, false));
    assert_eq!(load.saved_at, None);
    assert!(!load.has_more());
}

#[wasm_bindgen_test]
fn a_failed_load_says_why_and_a_retry_starts_afresh() {
    let load = started(LoadAction::Started(Err(LoadError::Network)));
    assert!(matches!(load.state, LoadState::Failed(LoadError::Network)));
    let load = load.reduce(LoadAction::Start { cluster: true });
    assert!(matches!(load.state, LoadState::Loading));
}

#[wasm_bindgen_test]
fn a_saved_copy_says_when_it_was_saved() {
    let load = started(LoadAction::Started(Ok(Part {
        saved_at: Some(1_704_067_200),
        ..part(0, 3, 0, Remaining::Nothing)
    })));
    assert_eq!(load.saved_at, Some(1_704_067_200));
    assert_eq!(shown(&load).map(|(feed, _)| feed.stories), Some(3));
}

#[wasm_bindgen_test]
fn further_parts_add_to_the_feed_once_asked_for() {
    let load = started(LoadAction::Started(Ok(part(0, 5, 1, next_page()))));
    assert!(load.has_more());
    let load = load.reduce(LoadAction::More);
    assert!(load.loading_more);
    let asked_again = load.clone().reduce(LoadAction::More);
    assert!(
        Rc::ptr_eq(&asked_again, &load),
        "asking again changes nothing"
    );
    let load = load.reduce(LoadAction::MoreArrived(Some(part(
        5,
        3,
        2,
        Remaining::Nothing,
    ))));
    let (feed, _) = shown(&load).expect("the feed");
    assert_eq!((feed.feed.len(), feed.skipped), (8, 3));
    assert_eq!(
        feed.feed.article(7).map(|a| a.title.as_str()),
        Some("Part story 7")
    );
    assert!(!load.loading_more);
    assert!(!load.has_more());
}

#[wasm_bindgen_test]
fn a_part_that_could_not_load_leaves_the_feed_as_it_was() {
    let load = started(LoadAction::Started(Ok(part(0, 5, 0, next_page()))));
    let before = shown(&load).map(|(feed, _)| feed.clone());
    let load = load
        .reduce(LoadAction::More)
        .reduce(LoadAction::MoreArrived(None));
    assert!(
        shown(&load).map(|(feed, _)| feed.clone()) == before,
        "the same feed"
    );
    assert!(!load.loading_more);
    assert!(load.has_more(), "the reader can ask again");
}

#[wasm_bindgen_test]
fn a_part_asked_for_before_a_retry_is_dropped() {
    let load = started(LoadAction::Started(Ok(part(0, 5, 0, next_page()))))
        .reduce(LoadAction::More)
        .reduce(LoadAction::Start { cluster: true })
        .reduce(LoadAction::MoreArrived(Some(part(
            5,
            3,
            0,
            Remaining::Nothing,
        ))));
    assert!(matches!(load.state, LoadState::Loading));
}
