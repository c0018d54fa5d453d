//! Talking to the person at the terminal: problems, notes and progress on
//! stderr, coloured only when stderr is a terminal and NO_COLOR is unset
//! (anstream decides), quiet or verbose as asked.

use std::time::Duration;

use anstream::eprintln;
use anstyle::{AnsiColor, Style};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::problem::Problem;

const PLACE: Style = Style::new().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const ERROR: Style = AnsiColor::Red.on_default().bold();
const GOOD: Style = AnsiColor::Green.on_default().bold();

/// How much to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

#[derive(Clone, Copy, Debug)]
pub struct Terminal {
    pub verbosity: Verbosity,
}

impl Terminal {
    /// A problem in an input, `file:line:column: message`.
    pub fn problem(&self, problem: &Problem) {
        eprintln!("{PLACE}{}:{PLACE:#} {}", problem.place(), problem.message);
    }

    /// Problems, unless asked to be quiet.
    pub fn problems(&self, problems: &[Problem]) {
        if self.verbosity != Verbosity::Quiet {
            problems.iter().for_each(|problem| self.problem(problem));
        }
    }

    /// The closing summary of a run.
    pub fn summary(&self, text: &str, clean: bool) {
        if self.verbosity != Verbosity::Quiet {
            let style = if clean { GOOD } else { WARNING };
            eprintln!("{style}{text}{style:#}");
        }
    }

    /// A detail only `--verbose` asks for.
    pub fn detail(&self, text: &str) {
        if self.verbosity == Verbosity::Verbose {
            eprintln!("  {text}");
        }
    }

    /// Something the person should know though the run went through.
    pub fn warning(&self, text: &str) {
        if self.verbosity != Verbosity::Quiet {
            eprintln!("{WARNING}warning:{WARNING:#} {text}");
        }
    }

    /// Why the run failed; always printed.
    pub fn error(&self, text: &str) {
        eprintln!("{ERROR}error:{ERROR:#} {text}");
    }

    /// A progress bar on stderr for reading `what`; indicatif draws nothing
    /// when stderr is not a terminal, and `--quiet` hides it too.
    pub fn progress(&self, what: &str) -> ProgressBar {
        if self.verbosity == Verbosity::Quiet {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} files ({eta})");
        if let Ok(style) = style {
            bar.set_style(style);
        }
        bar.set_message(what.to_owned());
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    }
}
