//! `newsdeck bundle`: inputs in, one bundle (or a sharded one) out.

use std::process::ExitCode;

use newsdeck_core::Feed;

use super::{count, UNUSABLE};
use crate::args::BundleArgs;
use crate::harvest::harvest_with_progress;
use crate::merge::{merge_duplicates, Merged};
use crate::output::{refuse_inputs, resolve, write_bundle_file, write_sharded, STDOUT};
use crate::selection::Selection;
use crate::site::Site;
use crate::terminal::Terminal;

pub fn run(args: &BundleArgs, terminal: &Terminal) -> ExitCode {
    let progress = terminal.progress("reading");
    let site = Site::at(args.base_url.as_deref());
    let harvest = harvest_with_progress(&args.inputs, &site, &progress);
    progress.finish_and_clear();
    terminal.problems(&harvest.problems);
    // Inputs that were there but gave nothing must not replace a good
    // bundle with an empty one; an empty folder is a site with no news yet,
    // written as an empty bundle, as a filter that leaves nothing is.
    if harvest.articles.is_empty() && !harvest.problems.is_empty() {
        terminal.error("no articles could be read from the inputs; nothing written");
        return ExitCode::from(UNUSABLE);
    }
    let read = harvest.articles.len();
    let merged = if args.keep_duplicates {
        Merged {
            articles: harvest.articles,
            dropped: Vec::new(),
        }
    } else {
        merge_duplicates(harvest.articles)
    };
    for address in &merged.dropped {
        terminal.detail(&format!("kept the newest version of {address}"));
    }
    let selection = Selection {
        include_drafts: args.include_drafts,
        since: args.since,
        topics: args.topics.clone(),
        limit: args.limit,
    };
    let unique = merged.articles.len();
    let selected = selection.apply(Feed::new(merged.articles).into_newest_first());
    let articles = selected.articles;
    let output = args.output.display();
    let to_file = args.output.as_os_str() != STDOUT;
    let usable = resolve(&args.output).and_then(|to| refuse_inputs(&to, &harvest.sources));
    if let (true, Err(err)) = (to_file, usable) {
        terminal.error(&format!("could not write {output}: {err}"));
        return ExitCode::from(UNUSABLE);
    }
    let written = match args.shard_size {
        Some(size) => {
            write_sharded(&args.output, &articles, size as usize, args.pretty).map(|manifest| {
                format!(
                    " in {} listed in {output}",
                    count(manifest.shards.len(), "shard", "shards")
                )
            })
        }
        None => write_bundle_file(&args.output, &articles, args.pretty).map(|()| {
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
    if selected.drafts > 0 {
        summary += &format!(
            "; left out {} (--include-drafts keeps them)",
            count(selected.drafts, "draft", "drafts")
        );
    }
    if selected.filtered > 0 {
        summary += &format!("; left out {} by the filters", selected.filtered);
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
