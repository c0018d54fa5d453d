//! `newsdeck`: builds, checks and describes the news bundles the widget reads.

use std::process::ExitCode;

use clap::Parser;
use newsdeck_cli::args::Cli;

fn main() -> ExitCode {
    newsdeck_cli::commands::run(Cli::parse())
}
