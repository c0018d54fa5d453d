//! `newsdeck bundle`: inputs in, one bundle (or a sharded one) out.

use std::process::ExitCode;

use super::{count, read_reporting, reading_summary, UNUSABLE};
use crate::args::BundleArgs;
use crate::output::{refuse_inputs, resolve, write_bundle_file, write_sharded, STDOUT};
use crate::selection::Selection;
use crate::site::Site;
use crate::stories::Reading;
use crate::terminal::Terminal;

pub fn run(args: &BundleArgs, terminal: &Terminal) -> ExitCode {
    let reading = Reading {
        inputs: args.inputs.clone(),
        site: Site::at(args.base_url.as_deref()),
        keep_duplicates: args.keep_duplicates,
        selection: Selection {
            include_drafts: args.include_drafts,
            since: args.since,
            topics: args.topics.clone(),
            limit: args.limit,
        },
    };
    let stories = match read_reporting(&reading, terminal) {
        Ok(stories) => stories,
        Err(status) => return ExitCode::from(status),
    };
    let harvest = &stories.harvest;
    let articles = &stories.articles;
    let output = args.output.display();
    let to_file = args.output.as_os_str() != STDOUT;
    let usable = resolve(&args.output).and_then(|to| refuse_inputs(&to, &harvest.sources));
    if let (true, Err(err)) = (to_file, usable) {
        terminal.error(&format!("could not write {output}: {err}"));
        return ExitCode::from(UNUSABLE);
    }
    let written = match args.shard_size {
        Some(size) => {
            write_sharded(&args.output, articles, size as usize, args.pretty).map(|manifest| {
                format!(
                    " in {} listed in {output}",
                    count(manifest.shards.len(), "shard", "shards")
                )
            })
        }
        None => write_bundle_file(&args.output, articles, args.pretty).map(|()| {
            if to_file {
                format!(" to {output}")
            } else {
                " to standard output".to_owned()
            }
        }),
    };
    let place = match written {
        Ok(place) => place,
        Err(err) => {
            terminal.error(&format!("could not write {output}: {err}"));
            return ExitCode::from(UNUSABLE);
        }
    };
    let written = count(articles.len(), "article", "articles") + &place;
    let summary = reading_summary(&stories, &written);
    let clean = harvest.problems.is_empty() && !articles.is_empty();
    terminal.summary(&summary, clean);
    if articles.is_empty() {
        terminal.warning("the bundle is empty: the widget will say there are no stories");
    }
    ExitCode::SUCCESS
}
