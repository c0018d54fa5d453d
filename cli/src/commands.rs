//! One module per `newsdeck` command: each runs it and says how it went.

mod bundle;
mod gather;
mod render;
mod schema;
mod stats;
mod validate;

use std::process::ExitCode;

use crate::args::{Cli, Command};
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

/// Exit status 2: the inputs (or the output place) could not be used at all.
const UNUSABLE: u8 = 2;

/// "1 file", "2 files".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
