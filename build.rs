//! Shrinks the widget's style sheet before it is built into the WebAssembly:
//! its comments and indentation are for readers of static/newsdeck.css, and
//! every byte of the WebAssembly is the host page's cost.

use std::path::Path;

const STYLES: &str = "static/newsdeck.css";

fn main() {
    println!("cargo::rerun-if-changed={STYLES}");
    let css = std::fs::read_to_string(STYLES).expect("static/newsdeck.css is readable");
    let out = std::env::var("OUT_DIR").expect("Cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("newsdeck.css"), minify(&css))
        .expect("OUT_DIR is writable");
}

/// Drops comments, runs of white space down to one space, the spaces next
/// to `{`, `}`, `;` and `,`, and after `:`. Quoted strings are kept as
/// written. Spaces elsewhere can matter (`a :hover`, `calc(1px + 2px)`).
fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                push_space(&mut out, &mut space, c);
                out.push(c);
                for inner in chars.by_ref() {
                    out.push(inner);
                    if inner == c {
                        break;
                    }
                }
            }
            c => {
                push_space(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes the one space a run of white space stands for before `next`,
/// unless a brace, semicolon or comma on either side, or a colon before it,
/// makes it needless.
fn push_space(out: &mut String, space: &mut bool, next: char) {
    let needless = |c: char| matches!(c, '{' | '}' | ';' | ',');
    let after = |c: char| needless(c) || c == ':';
    if std::mem::take(space) && !out.is_empty() && !needless(next) && !out.ends_with(after) {
        out.push(' ');
    }
}
