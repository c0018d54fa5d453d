//! `newsdeck render`: inputs in, the widget's first screen out as HTML.

use std::process::ExitCode;

use newsdeck::prerender::first_screen;
use newsdeck_core::{parse_bundle, read_settings, write_bundle};
use url::Url;

use super::{count, read_reporting, reading_summary, UNUSABLE};
use crate::args::{now_unix_seconds, RenderArgs};
use crate::output::{refuse_inputs, resolve, write_output, STDOUT};
use crate::render::{host_element, json_ld, plain_links, whole_page, Placement};
use crate::selection::Selection;
use crate::site::Site;
use crate::stories::Reading;
use crate::terminal::Terminal;

pub fn run(args: &RenderArgs, terminal: &Terminal) -> ExitCode {
    let Some(src) = bundle_address(args) else {
        terminal.error(
            "--src is needed to say where the page finds the bundle (it can be left out when \
             the input is one bundle .json file)",
        );
        return ExitCode::from(UNUSABLE);
    };
    // A bundle is shown as the widget will show it, all of it; front
    // matter is first selected as `bundle` selects it (drafts left out, the
    // same story once).
    let bundles_only =
        (args.inputs.iter()).all(|input| input.extension().is_some_and(|e| e == "json"));
    let selection = Selection {
        include_drafts: args.include_drafts || bundles_only,
        ..Selection::default()
    };
    let reading = Reading {
        inputs: args.inputs.clone(),
        site: Site::at(args.base_url.as_deref()),
        keep_duplicates: bundles_only,
        selection,
    };
    let stories = match read_reporting(&reading, terminal) {
        Ok(stories) => stories,
        Err(status) => return ExitCode::from(status),
    };
    let mut attributes = vec![("data-src".to_owned(), src)];
    for (name, value) in &args.settings {
        if name == "data-src" {
            terminal.error("the bundle's address is --src, not --set src=…");
            return ExitCode::from(UNUSABLE);
        }
        attributes.push((name.clone(), value.clone()));
    }
    if let Some(more) = &args.more_href {
        attributes.push(("data-more-href".to_owned(), more.clone()));
    }
    // The element's settings, read as the widget reads them, warned of as
    // the widget warns; a setting the widget does not know is named.
    let (settings, warnings) = read_settings(|name| {
        (attributes.iter().rev())
            .find(|(attribute, _)| attribute == name)
            .map(|(_, value)| value.clone())
    });
    for warning in &warnings {
        terminal.warning(&warning.to_string());
    }
    // Read back from the bundle the widget will load, so the cards are
    // made of what the widget will have.
    let Ok(bundle) = parse_bundle(&write_bundle(&stories.articles, false)) else {
        terminal.error("the stories could not be read back as a bundle");
        return ExitCode::from(UNUSABLE);
    };
    let now = time_of_writing();
    let (new_tab, label, lang) = (
        settings.new_tab,
        settings.label.clone(),
        settings.locale.clone(),
    );
    let more_href = settings.more_href.clone();
    let screen = first_screen(settings, bundle, now);
    let stylesheet =
        (args.stylesheet.clone()).unwrap_or_else(|| beside(&args.script, "newsdeck.css"));
    let fallback = plain_links(&screen.stories, new_tab, more_href.as_deref(), now);
    let mut html = host_element(&Placement {
        attributes: &attributes,
        stylesheet: &stylesheet,
        first_screen: &screen.html,
        fallback: &fallback,
    });
    html += &json_ld(&screen.stories, &label);
    if args.page {
        let title = args.title.as_deref().unwrap_or(&label);
        let lang = lang.as_deref().unwrap_or("en");
        html = whole_page(title, lang, &args.script, &html);
    }
    let output = args.output.display();
    let to_file = args.output.as_os_str() != STDOUT;
    let usable = resolve(&args.output).and_then(|to| refuse_inputs(&to, &stories.harvest.sources));
    let written = match (to_file, usable) {
        (true, Err(err)) => Err(err),
        _ => write_output(&args.output, &html),
    };
    if let Err(err) = written {
        terminal.error(&format!("could not write {output}: {err}"));
        return ExitCode::from(UNUSABLE);
    }
    let place = if to_file {
        format!("to {output}")
    } else {
        "to standard output".to_owned()
    };
    let written = format!(
        "the first {} of {} {place}",
        screen.stories.len(),
        count(stories.articles.len(), "article", "articles"),
    );
    let clean = stories.harvest.problems.is_empty() && !stories.articles.is_empty();
    terminal.summary(&reading_summary(&stories, &written), clean);
    ExitCode::SUCCESS
}

/// `data-src`: `--src` (against `--base-url`, if given), else the one
/// bundle's file name.
fn bundle_address(args: &RenderArgs) -> Option<String> {
    let src = match (&args.src, args.inputs.as_slice()) {
        (Some(src), _) => src.clone(),
        (None, [input]) if input.extension().is_some_and(|e| e == "json") => {
            input.file_name()?.to_str()?.to_owned()
        }
        _ => return None,
    };
    match args.base_url.as_deref().map(Url::parse) {
        Some(Ok(base)) => base.join(&src).ok().map(String::from),
        _ => Some(src),
    }
}

/// `name` in the folder of the address `script`.
fn beside(script: &str, name: &str) -> String {
    match script.rfind('/') {
        Some(slash) => format!("{}{name}", &script[..=slash]),
        None => name.to_owned(),
    }
}

/// Now, or `SOURCE_DATE_EPOCH` when set, so that the same inputs give the
/// same page on every run (reproducible builds).
fn time_of_writing() -> i64 {
    let fixed = std::env::var("SOURCE_DATE_EPOCH").ok();
    fixed
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(now_unix_seconds)
}

#[cfg(test)]
mod tests {
    use super::beside;

    #[test]
    fn the_style_sheet_is_beside_the_script() {
        assert_eq!(beside("newsdeck.js", "newsdeck.css"), "newsdeck.css");
        assert_eq!(
            beside("https://cdn.example.com/nd/newsdeck.js", "newsdeck.css"),
            "https://cdn.example.com/nd/newsdeck.css"
        );
    }
}
