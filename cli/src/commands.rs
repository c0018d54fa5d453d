//! One module per `newsdeck` command: each runs it and says how it went.

mod bundle;
mod render;
mod schema;
mod stats;
mod validate;

use std::process::ExitCode;

use crate::args::{Cli, Command};
use crate::stories::{read_stories, Reading, Stories};
use crate::terminal::{Terminal, Verbosity};

/// Runs the command the user asked for.
pub fn run(cli: Cli) -> ExitCode {
    let terminal = Terminal {
        verbosity: match (cli.quiet, cli.verbose) {
            (true, _) => Verbosity::Quiet,
            (_, true) => Verbosity::Verbose,
            _ => Verbosity::Normal,
        },
    };
    match cli.command {
        Command::Bundle(args) => bundle::run(&args, &terminal),
        Command::Validate(args) => validate::run(&args, &terminal),
        Command::Stats(args) => stats::run(&args, &terminal),
        Command::Schema(args) => schema::run(&args, &terminal),
        Command::Render(args) => render::run(&args, &terminal),
    }
}

/// Reads as `bundle` reads, printing each problem (and, with `-v`, each
/// story merged into its newest version); `Err` with the exit status when
/// inputs were there but gave nothing. An empty folder is a site with no
/// news yet, read as no stories, as a filter that leaves nothing is; inputs
/// that gave nothing must not replace good output with an empty one.
fn read_reporting(reading: &Reading, terminal: &Terminal) -> Result<Stories, u8> {
    let progress = terminal.progress("reading");
    let stories = read_stories(reading, &progress);
    progress.finish_and_clear();
    terminal.problems(&stories.harvest.problems);
    if stories.read == 0 && !stories.harvest.problems.is_empty() {
        terminal.error("no articles could be read from the inputs; nothing written");
        return Err(UNUSABLE);
    }
    for address in &stories.merged {
        terminal.detail(&format!("kept the newest version of {address}"));
    }
    Ok(stories)
}

/// The summary line: what was read, merged and left out, then that
/// `written` ("42 articles to news.json") was written.
fn reading_summary(stories: &Stories, written: &str) -> String {
    let harvest = &stories.harvest;
    let skipped = harvest.files_skipped + harvest.records_skipped;
    let mut summary = format!(
        "read {} with {}; skipped {}",
        count(harvest.files_read, "file", "files"),
        count(harvest.records_read, "record", "records"),
        skipped
    );
    if stories.read > stories.unique {
        summary += &format!(
            "; merged {}",
            count(stories.read - stories.unique, "duplicate", "duplicates")
        );
    }
    if stories.drafts > 0 {
        summary += &format!(
            "; left out {} (--include-drafts keeps them)",
            count(stories.drafts, "draft", "drafts")
        );
    }
    if stories.filtered > 0 {
        summary += &format!("; left out {} by the filters", stories.filtered);
    }
    summary + "; wrote " + written
}

/// Exit status 2: the inputs (or the output place) could not be used at all.
const UNUSABLE: u8 = 2;

/// "1 file", "2 files".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
