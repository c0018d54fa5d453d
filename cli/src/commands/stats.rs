//! `newsdeck stats`: what a bundle holds, at a glance.

use std::process::ExitCode;

use anstream::println;

use super::UNUSABLE;
use crate::args::{Format, StatsArgs};
use crate::harvest::harvest_with_progress;
use crate::site::Site;
use crate::stats::{Count, Stats};
use crate::terminal::Terminal;

pub fn run(args: &StatsArgs, terminal: &Terminal) -> ExitCode {
    let progress = terminal.progress("reading");
    let harvest = harvest_with_progress(&args.inputs, &Site::addresses_unused(), &progress);
    progress.finish_and_clear();
    terminal.problems(&harvest.problems);
    // A valid empty bundle has stats too (none); only inputs that gave
    // nothing because they could not be read are an error.
    if harvest.articles.is_empty() && !harvest.problems.is_empty() {
        terminal.error("no articles could be read from the inputs");
        return ExitCode::from(UNUSABLE);
    }
    let stats = Stats::of(&harvest.articles);
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&stats).unwrap_or_default()
        ),
        Format::Text => print_text(&stats, args.top),
    }
    ExitCode::SUCCESS
}

fn print_text(stats: &Stats, top: usize) {
    println!("{} articles", stats.total);
    let share = |n: usize| n * 100 / stats.total.max(1);
    for (label, n) in [
        ("drafts (published: false)", stats.drafts),
        ("without a readable date", stats.undated),
        ("without images", stats.without_images),
        ("without an excerpt", stats.without_excerpt),
    ] {
        println!("  {n:>7}  {:>3}%  {label}", share(n));
    }
    print_counts("By type", &stats.by_type, usize::MAX);
    print_counts("By topic", &stats.by_topic, top);
    print_counts("By provider", &stats.by_provider, top);
    print_counts("By month (UTC)", &stats.by_month, usize::MAX);
}

fn print_counts(title: &str, counts: &[Count], top: usize) {
    let bold = anstyle::Style::new().bold();
    println!("\n{bold}{title}{bold:#}");
    for Count { name, count } in counts.iter().take(top) {
        println!("  {count:>7}  {name}");
    }
    if counts.len() > top {
        println!("  … and {} more (--top to see them)", counts.len() - top);
    }
}
