//! `newsdeck bundle`: inputs in, one bundle (or a sharded one) out.

use std::process::ExitCode;

use super::{count, UNUSABLE};
use crate::args::BundleArgs;
use crate::output::{refuse_inputs, resolve, write_bundle_file, write_sharded, STDOUT};
use crate::selection::Selection;
use crate::site::Site;
use crate::stories::{read_stories, Reading};
use crate::terminal::Terminal;

pub fn run(args: &BundleArgs, terminal: &Terminal) -> ExitCode {
    let progress = terminal.progress("reading");
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
    let stories = read_stories(&reading, &progress);
    progress.finish_and_clear();
    let harvest = &stories.harvest;
    terminal.problems(&harvest.problems);
    // Inputs that were there but gave nothing must not replace a good
    // bundle with an empty one; an empty folder is a site with no news yet,
    // written as an empty bundle, as a filter that leaves nothing is.
    if stories.read == 0 && !harvest.problems.is_empty() {
        terminal.error("no articles could be read from the inputs; nothing written");
        return ExitCode::from(UNUSABLE);
    }
    for address in &stories.merged {
        terminal.detail(&format!("kept the newest version of {address}"));
    }
    let (read, unique) = (stories.read, stories.unique);
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
    let skipped = harvest.files_skipped + harvest.records_skipped;
    let mut summary = format!(
        "read {} with {}; skipped {}",
        count(harvest.files_read, "file", "files"),
        count(harvest.records_read, "record", "records"),
        skipped
    );
    if read > unique {
        summary += &format!(
            "; merged {}",
            count(read - unique, "duplicate", "duplicates")
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
    summary += &format!(
        "; wrote {}{place}",
        count(articles.len(), "article", "articles")
    );
    let clean = harvest.problems.is_empty() && !articles.is_empty();
    terminal.summary(&summary, clean);
    if articles.is_empty() {
        terminal.warning("the bundle is empty: the widget will say there are no stories");
    }
    ExitCode::SUCCESS
}
