//! `newsdeck`: turns news records into the bundles the widget reads.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use newsdeck_cli::output::write_bundle_file;
use newsdeck_cli::sources::harvest;

#[derive(Parser)]
#[command(
    name = "newsdeck",
    version,
    about = "Build news bundles for the newsdeck widget"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read front-matter (.md) records, API pages and bundles (.json) and
    /// write one bundle, newest first.
    #[command(after_help = "Example:\n  newsdeck bundle _news/ -o static/bundle.json")]
    Bundle {
        /// Files or folders to read (folders are searched for .md and .json files).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Where to write the bundle.
        #[arg(short, long)]
        output: PathBuf,
        /// Indent the JSON for people to read.
        #[arg(long)]
        pretty: bool,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Bundle {
            inputs,
            output,
            pretty,
        } => bundle(&inputs, &output, pretty),
    }
}

fn bundle(inputs: &[PathBuf], output: &Path, pretty: bool) -> ExitCode {
    let harvest = harvest(inputs);
    for problem in &harvest.problems {
        eprintln!("{}: {}", problem.path.display(), problem.message);
    }
    if harvest.articles.is_empty() {
        eprintln!("error: no articles found in the inputs; nothing written");
        return ExitCode::from(2);
    }
    match write_bundle_file(output, harvest.articles, pretty) {
        Ok(written) => {
            eprintln!(
                "read {} files, {} problems, wrote {written} articles to {}",
                harvest.files_read,
                harvest.problems.len(),
                output.display()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: could not write {}: {err}", output.display());
            ExitCode::from(2)
        }
    }
}
