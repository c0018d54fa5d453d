//! Feeds of every format, written for these tests into `tests/feeds/`,
//! read by `newsdeck bundle` and `validate`: each rule of the mapping from
//! an entry to an article, and each problem where it is.

mod common;

use common::{newsdeck, stderr, stdout, temp_dir, write};
use serde_json::Value;

fn feed(name: &str) -> String {
    common::repository_file(&format!("cli/tests/feeds/{name}"))
        .to_string_lossy()
        .into_owned()
}

/// The articles `bundle` writes for the inputs, newest first.
fn bundled(inputs: &[&str]) -> Vec<Value> {
    let mut args = vec!["bundle".to_owned()];
    args.extend(inputs.iter().map(|name| feed(name)));
    args.extend(["-o".to_owned(), "-".to_owned()]);
    let output = newsdeck(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let bundle: Value = serde_json::from_str(&stdout(&output)).unwrap_or_default();
    bundle["articles"].as_array().cloned().unwrap_or_default()
}

fn titled<'a>(articles: &'a [Value], title: &str) -> &'a Value {
    articles
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no article {title:?} in {articles:#?}"))
}

#[test]
fn rss_2_with_media_and_enclosures() {
    let articles = bundled(&["rss2-media.xml"]);
    let titles: Vec<&str> = articles
        .iter()
        .filter_map(|a| a["title"].as_str())
        .collect();
    // Newest first, whatever the zone each date was written in.
    assert_eq!(
        titles,
        [
            "Ferry timetable changes for winter",
            "Harbour festival draws record crowds",
            "Watch: the new pilot boat at sea"
        ]
    );
    let ferry = &articles[0];
    assert_eq!(
        ferry["webUrl"],
        "https://www.harbour-gazette.test/news/ferry-winter/"
    );
    // The description as text: tags gone, entities decoded.
    assert_eq!(
        ferry["excerpt"],
        "The winter timetable starts on Monday & runs to March. More below."
    );
    assert_eq!(ferry["publishedDateTime"], "2026-12-08T10:00:00Z");
    // The author is the source; the channel gives its domain and logo.
    assert_eq!(ferry["provider"]["name"], "Ann Lee");
    assert_eq!(ferry["provider"]["domain"], "harbour-gazette.test");
    assert_eq!(
        ferry["provider"]["images"][0],
        serde_json::json!({"url": "https://www.harbour-gazette.test/logo.png", "width": 144, "height": 60})
    );
    assert_eq!(ferry["topics"], serde_json::json!(["Transport", "Ferries"]));
    assert_eq!(ferry["locale"], "en-gb");
    assert_eq!(
        ferry["sourceUrl"],
        "https://www.harbour-gazette.test/feed.xml"
    );
    // media:content with its size, caption and credit leads; the thumbnail follows.
    assert_eq!(
        ferry["images"],
        serde_json::json!([
            {"url": "https://cdn.harbour-gazette.test/ferry-1200.jpg", "width": 1200, "height": 675,
             "title": "The morning ferry", "attribution": "Ann Lee"},
            {"url": "https://cdn.harbour-gazette.test/ferry-150.jpg", "width": 150, "height": 84}
        ])
    );
    let festival = &articles[1];
    // No description: the first paragraph of the content, past its heading and caption.
    assert_eq!(
        festival["excerpt"],
        "Forty thousand people came to the quay."
    );
    assert_eq!(festival["publishedDateTime"], "2026-12-07T17:30:00Z");
    // No author: the channel is the source.
    assert_eq!(festival["provider"]["name"], "The Harbour Gazette");
    assert_eq!(
        festival["images"],
        serde_json::json!([{"url": "https://cdn.harbour-gazette.test/festival.jpg"}])
    );
    let film = &articles[2];
    // EST is five hours behind UTC; a video enclosure makes a video.
    assert_eq!(film["publishedDateTime"], "2026-12-06T14:15:00Z");
    assert_eq!(film["type"], "video");
    assert!(film.get("images").is_none());
}

#[test]
fn rss_1_and_rss_0_91() {
    let articles = bundled(&["rss1.rdf", "rss091.xml"]);
    let snow = titled(&articles, "First snow closes the pass");
    assert_eq!(snow["webUrl"], "https://hill-weekly.test/2026/12/snow");
    assert_eq!(snow["excerpt"], "The pass road is shut until Thursday.");
    assert_eq!(snow["publishedDateTime"], "2026-12-05T06:00:00Z");
    assert_eq!(snow["provider"]["name"], "Bo Park");
    let clock = titled(&articles, "Clock tower repaired");
    assert_eq!(clock["webUrl"], "http://old-town-crier.test/clock.html");
    assert_eq!(clock["excerpt"], "The clock strikes again & on time.");
    assert_eq!(clock["provider"]["name"], "Old Town Crier");
    assert_eq!(clock["provider"]["domain"], "old-town-crier.test");
    assert_eq!(clock["locale"], "en-us");
    // Undated stories come after dated ones.
    assert_eq!(articles.last().map(|a| &a["title"]), Some(&clock["title"]));
}

#[test]
fn atom_with_rel_links_and_xml_base() {
    let articles = bundled(&["atom.atom"]);
    let bridge = titled(&articles, "Bridge reopens after repairs");
    // The alternate link, not the edit link, resolved against xml:base.
    assert_eq!(
        bridge["webUrl"],
        "https://river-post.test/blog/2026/bridge-reopens/"
    );
    // An HTML title's tags removed; a text summary as it is.
    assert_eq!(
        bridge["excerpt"],
        "Traffic flows again over the old bridge."
    );
    assert_eq!(bridge["publishedDateTime"], "2026-12-04T07:00:00Z");
    assert_eq!(bridge["updatedDateTime"], "2026-12-06T12:00:00Z");
    assert_eq!(bridge["provider"]["name"], "Chloé Martin");
    assert_eq!(bridge["provider"]["domain"], "river-post.test");
    assert_eq!(
        bridge["provider"]["images"][0]["url"],
        "https://river-post.test/logo.svg"
    );
    // A category's label, else its term.
    assert_eq!(bridge["topics"], serde_json::json!(["Roadworks"]));
    assert_eq!(bridge["locale"], "fr");
    // An image enclosure link is a picture.
    assert_eq!(
        bridge["images"],
        serde_json::json!([{"url": "https://river-post.test/img/bridge.png"}])
    );
    let market = titled(&articles, "Market moves to the square");
    // The entry's own xml:base.
    assert_eq!(market["webUrl"], "https://river-post.test/archive/market/");
    // XHTML content's first paragraph; dated only when updated: published then.
    assert_eq!(
        market["excerpt"],
        "The Saturday market moves to the square."
    );
    assert_eq!(market["publishedDateTime"], "2026-12-03T10:00:00Z");
    assert!(market.get("updatedDateTime").is_none());
    assert_eq!(market["provider"]["name"], "River Post");
}

#[test]
fn json_feed_1_1() {
    let articles = bundled(&["jsonfeed.json"]);
    let orchard = titled(&articles, "Orchard opens to pickers");
    // `url`, not `external_url`; an audio attachment is no picture.
    assert_eq!(orchard["webUrl"], "https://valley-notes.test/2026/orchard/");
    assert_eq!(orchard["excerpt"], "Apples are ready.");
    assert_eq!(orchard["publishedDateTime"], "2026-12-02T09:00:00-05:00");
    assert_eq!(orchard["updatedDateTime"], "2026-12-02T11:00:00-05:00");
    assert_eq!(orchard["provider"]["name"], "Dee Rao");
    assert_eq!(orchard["provider"]["domain"], "valley-notes.test");
    assert_eq!(orchard["topics"], serde_json::json!(["Farming", "Autumn"]));
    assert_eq!(
        orchard["images"],
        serde_json::json!([{"url": "https://valley-notes.test/img/orchard.jpg"}])
    );
    assert_eq!(orchard["sourceUrl"], "https://valley-notes.test/feed.json");
    let bus = titled(&articles, "Night bus returns");
    // The feed's authors stand for an item's own.
    assert_eq!(bus["provider"]["name"], "Valley Notes desk");
    assert_eq!(bus["excerpt"], "The 23:00 bus runs again from Friday.");
}

#[test]
fn a_folder_of_feeds_merges_newest_first_with_one_copy_of_a_story() {
    let dir = common::repository_file("cli/tests/feeds/folder");
    let output = newsdeck([
        "bundle".as_ref(),
        dir.as_os_str(),
        "-o".as_ref(),
        "-".as_ref(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("read 3 files with 6 records; skipped 0; merged 1 duplicate"),
        "{}",
        stderr(&output)
    );
    let bundle: Value = serde_json::from_str(&stdout(&output)).unwrap_or_default();
    let titles: Vec<&str> = bundle["articles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["title"].as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Seals counted on the sandbank",
            "Tide tables for December",
            "Orchard opens to pickers",
            // The aggregator's copy, updated later than the gazette's.
            "Lighthouse keeper retires after 40 years",
            "Night bus returns",
        ]
    );
    // A relative link resolved against the feed's site.
    let tides = &bundle["articles"][1];
    assert_eq!(
        tides["webUrl"],
        "https://www.harbour-gazette.test/news/tides/"
    );
}

#[test]
fn relative_links_need_the_sites_address_when_the_feed_gives_none() {
    let path = feed("relative.xml");
    // Neither a self link nor a site link: each relative address is named
    // where it is written, and left out.
    let output = newsdeck(["bundle", &path, "-o", "-"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    for expected in [
        "relative.xml:7:7: webUrl \"/blog/2026/nets/\" is relative to the site: give --base-url",
        "relative.xml:9:7: image address \"/blog/img/nets.jpg\" is relative to the site",
        "relative.xml:13:7: webUrl \"/notices/12\" is relative to the site",
    ] {
        assert!(err.contains(expected), "{expected:?} in {err}");
    }
    // With it, the feed's xml:base still comes first.
    let output = newsdeck([
        "bundle",
        &path,
        "--base-url",
        "https://quay.test/",
        "-o",
        "-",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("relative"), "{}", stderr(&output));
    let bundle: Value = serde_json::from_str(&stdout(&output)).unwrap_or_default();
    let nets = &bundle["articles"][0];
    assert_eq!(nets["webUrl"], "https://quay.test/blog/2026/nets/");
    assert_eq!(
        nets["images"][0]["url"],
        "https://quay.test/blog/img/nets.jpg"
    );
    assert_eq!(
        bundle["articles"][1]["webUrl"],
        "https://quay.test/notices/12"
    );
}

#[test]
fn broken_entries_are_reported_where_they_are_and_the_rest_kept() {
    let path = feed("broken.xml");
    let output = newsdeck(["bundle", &path, "-o", "-"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    for expected in [
        "broken.xml:6:5: record skipped: it has no title",
        "broken.xml:16:17: &eacute; is not an XML entity",
        "broken.xml:16:31: &nbsp; is not an XML entity",
        "broken.xml:21:15: a bare & (XML needs &amp;): read as &",
        "skipped 1; wrote 3 articles",
    ] {
        assert!(err.contains(expected), "{expected:?} in {err}");
    }
    let bundle: Value = serde_json::from_str(&stdout(&output)).unwrap_or_default();
    // Entities XML does not know are read as HTML's; an unreadable date is
    // kept as written, as in every record.
    assert_eq!(bundle["articles"][0]["title"], "Café opens today");
    assert_eq!(bundle["articles"][1]["title"], "R&D budget doubles");
    assert_eq!(
        bundle["articles"][2]["publishedDateTime"],
        "the day after tomorrow"
    );
    let output = newsdeck(["validate", &path]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("broken.xml:13:7: publishedDateTime is not a date")
            || stderr(&output).contains("broken.xml:13:7: publishedDateTime is not a date"),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
}

#[test]
fn xml_that_is_not_well_formed_is_reported_where_it_goes_wrong() {
    let dir = temp_dir();
    let mismatched = dir.path().join("mismatched.xml");
    write(
        &mismatched,
        "<rss version=\"2.0\"><channel><title>T</title>\n<item><title>One</titel></item></channel></rss>\n",
    );
    let cut = dir.path().join("cut.rss");
    write(&cut, "<rss version=\"2.0\"><channel>\n<item><title>One");
    let output = newsdeck(["validate".as_ref(), mismatched.as_os_str(), cut.as_os_str()]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output) + &stderr(&output);
    assert!(
        out.contains(
            "mismatched.xml:2:17: not well-formed XML: ill-formed document: expected `</title>`"
        ),
        "{out}"
    );
    assert!(
        out.contains("cut.rss:2:17: not well-formed XML: the file ends before <title> is closed"),
        "{out}"
    );
}

#[test]
fn a_feed_in_the_encoding_it_declares_is_decoded_by_it() {
    let dir = temp_dir();
    let path = dir.path().join("latin1.xml");
    let bytes = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel>\
        <title>Caf\xe9 News</title><item><title>Cr\xe8me br\xfbl\xe9e</title>\
        <link>https://latin.test/1</link></item></channel></rss>\n";
    std::fs::write(&path, bytes).unwrap_or_else(|err| panic!("{err}"));
    let output = newsdeck([
        "bundle".as_ref(),
        path.as_os_str(),
        "-o".as_ref(),
        "-".as_ref(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("UTF-8"), "{}", stderr(&output));
    let bundle: Value = serde_json::from_str(&stdout(&output)).unwrap_or_default();
    assert_eq!(bundle["articles"][0]["title"], "Crème brûlée");
    assert_eq!(bundle["articles"][0]["provider"]["name"], "Café News");
}

#[test]
fn an_html_page_saved_as_xml_says_so() {
    let path = feed("page.xml");
    let output = newsdeck(["bundle", &path, "-o", "-"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("page.xml:1:1: this is an HTML page, not a feed"),
        "{}",
        stderr(&output)
    );
    let output = newsdeck(["validate", &path]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_feed_without_an_extension_reads_and_stats_count_it() {
    let dir = temp_dir();
    let saved = dir.path().join("feed");
    write(
        &saved,
        &common::read(&common::repository_file("cli/tests/feeds/rss2-media.xml")),
    );
    let output = newsdeck([
        "stats".as_ref(),
        saved.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let stats: Value = serde_json::from_str(&stdout(&output)).unwrap_or_default();
    assert_eq!(stats["total"], 3);
    assert_eq!(stats["withoutImages"], 1);
    let output = newsdeck(["validate".as_ref(), saved.as_os_str()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

/// A feed of 20 MB, made here: read whole, in one pass. How long it takes
/// is for benchmarks to say; this holds that it reads at all.
#[test]
fn a_20_mb_feed_reads() {
    let dir = temp_dir();
    let path = dir.path().join("big.xml");
    let mut text = String::from("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Big</title><link>https://big.test/</link>\n");
    let mut items = 0;
    while text.len() < 20 << 20 {
        text += &format!(
            "<item><title>Story {items} about the harbour</title><link>https://big.test/s/{items}</link>\
             <description><![CDATA[<p>Paragraph {items} with <b>bold</b> words &amp; more words to fill the line.</p>]]></description>\
             <pubDate>Tue, 08 Dec 2026 10:{:02}:00 GMT</pubDate><category>Topic {}</category>\
             <media:content xmlns:media=\"http://search.yahoo.com/mrss/\" url=\"https://big.test/i/{items}.jpg\" width=\"800\" height=\"450\"/></item>\n",
            items % 60,
            items % 7
        );
        items += 1;
    }
    text += "</channel></rss>\n";
    write(&path, &text);
    let out = dir.path().join("big.json");
    let output = newsdeck([
        "bundle".as_ref(),
        path.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!("wrote {items} articles")),
        "{}",
        stderr(&output)
    );
}
