//! `newsdeck schema`: the bundle format's JSON Schema.

use std::io::Write;
use std::process::ExitCode;

use super::UNUSABLE;
use crate::args::SchemaArgs;
use crate::output::write_atomically;
use crate::schema::bundle_schema_text;
use crate::terminal::Terminal;

pub fn run(args: &SchemaArgs, terminal: &Terminal) -> ExitCode {
    let text = bundle_schema_text();
    let written = match &args.output {
        Some(path) => write_atomically(path, text.trim_end()),
        None => std::io::stdout().lock().write_all(text.as_bytes()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            terminal.error(&format!("could not write the schema: {err}"));
            ExitCode::from(UNUSABLE)
        }
    }
}
