//! The moks program: parse, build the context, dispatch, map the error to an exit code.
//!
//! Two executables run it: `moks` (`src/main.rs`) and `akamai-moks` (`src/bin/akamai-moks.rs`,
//! the name the Akamai CLI looks for when it runs `akamai moks …`). Each is one line calling
//! [`main`] with its [`Invocation`]. Everything else is private: the only public item is
//! that entry point, so the compiler still reports any item nothing uses. The reusable parts
//! are crates of their own (`crates/edgegrid`, `crates/sandbox`). The modules are named for
//! the concepts a user would name.

mod api;
mod certcheck;
mod cli;
mod client;
mod color;
mod commands;
mod context;
mod error;
mod http;
mod input;
mod json_budget;
mod output;
mod rate_cap;
mod retry;
mod trust;
mod wait;

use std::collections::HashMap;
use std::io::IsTerminal;
use std::process::ExitCode;

use crate::context::Context;

/// Which executable runs the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invocation {
    /// `moks`.
    Moks,
    /// `akamai-moks`, as the Akamai CLI runs it for `akamai moks …`.
    AkamaiCli,
}

/// The program: runs the command line of this process and returns its exit code.
pub fn main(invocation: Invocation) -> ExitCode {
    ExitCode::from(run(invocation))
}

fn run(invocation: Invocation) -> u8 {
    let env: HashMap<String, String> = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect();
    let set = |k: &str| env.get(k).is_some_and(|v| !v.trim().is_empty());
    // The Akamai CLI sets AKAMAI_CLI for the commands it runs.
    let under_akamai_cli = set("AKAMAI_CLI");
    output::set_program(if under_akamai_cli {
        "akamai moks"
    } else {
        "moks"
    });
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let no_color = set("NO_COLOR");
    let term_dumb = env.get("TERM").is_some_and(|t| t == "dumb");
    let stderr_color =
        |choice| color::enabled(choice, std::io::stderr().is_terminal(), no_color, term_dumb);
    output::set_stderr_color(stderr_color(cli::color_in(&args).unwrap_or_default()));
    if args.len() == 1 {
        // Bare `moks`: what it is and the commands most used, not a usage error.
        let _ = output::help_text(&cli::overview(output::program()));
        return error::EXIT_OK;
    }
    let akamai_cli = under_akamai_cli || invocation == Invocation::AkamaiCli;
    let parsed = match cli::parse_from(args, akamai_cli) {
        Ok(p) => p,
        Err(e) => return clap_error(e),
    };
    output::set_stderr_color(stderr_color(parsed.display.color));
    output::set_quiet(parsed.display.quiet);
    let json = parsed.flags.call.output.json;
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            output::error(&format!("cannot start the async runtime: {e}"), &[], &[]);
            return error::EXIT_UNEXPECTED;
        }
    };
    let result = runtime.block_on(async move {
        let ctx = Context::new(&parsed, env)?;
        let r = commands::dispatch(&ctx, parsed.command).await;
        let finished = ctx.finish().await;
        r.and(finished)
    });
    match result {
        Ok(()) => error::EXIT_OK,
        Err(e) => report(&e, json),
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn report(e: &anyhow::Error, json: bool) -> u8 {
    if is_broken_pipe(e) {
        return error::EXIT_OK;
    }
    if json {
        if let Some(api) = e.downcast_ref::<error::ApiError>() {
            if !api.body.is_empty() {
                let out = output::Output {
                    json: true,
                    ..output::Output::default()
                };
                let _ = out.raw(&api.body);
            }
        }
    }
    let r = error::render(e);
    output::error(&r.headline, &r.details, &r.hints);
    error::exit_code(e)
}

/// Help and version go to stdout with exit 0; usage errors become one line, exit 2.
fn clap_error(e: clap::Error) -> u8 {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = output::clap_message(&e);
            error::EXIT_OK
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            let _ = output::clap_message(&e);
            error::EXIT_USAGE
        }
        _ => {
            let (headline, hints) = usage_line(&e);
            output::error(&headline, &[], &hints);
            error::EXIT_USAGE
        }
    }
}

/// The suggestions worth showing, best first: clap lists them best last, and for a command
/// its hidden aliases too (names kept for scripts, not to be taught); at most three.
fn best_suggestions(kind: clap::error::ContextKind, mut names: Vec<String>) -> Vec<String> {
    if kind == clap::error::ContextKind::SuggestedSubcommand {
        let visible = cli::visible_command_names();
        names.retain(|n| visible.contains(n));
    }
    names.reverse();
    names.truncate(3);
    names
}

/// A usage error as one line plus `hint:` lines, built from clap's error kind and context
/// (in clap's own words), never parsed back from its rendered text. Every value quoted is
/// what was typed, or derived from it: escaped, so the line shows what was refused and
/// nothing typed can act on the terminal.
fn usage_line(e: &clap::Error) -> (String, Vec<String>) {
    use clap::error::{ContextKind as K, ContextValue as V, ErrorKind};
    let one = |kind| match e.get(kind) {
        Some(V::String(s)) => Some(output::escape(s).into_owned()),
        Some(V::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let all = |kind| match e.get(kind) {
        Some(V::Strings(v)) => v.iter().map(|s| output::escape(s).into_owned()).collect(),
        Some(V::String(s)) => vec![output::escape(s).into_owned()],
        _ => Vec::new(),
    };
    let quoted = |v: Vec<String>| {
        v.iter()
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let provided = |n: Option<String>| match n.as_deref() {
        Some("1") => "1 was".to_string(),
        Some(n) => format!("{n} were"),
        None => "none were".to_string(),
    };
    let arg = one(K::InvalidArg).unwrap_or_default();
    let value = one(K::InvalidValue).unwrap_or_default();
    let headline = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut h = if value.is_empty() && e.kind() == ErrorKind::InvalidValue {
                format!("a value is required for '{arg}' but none was supplied")
            } else {
                format!("invalid value '{value}' for '{arg}'")
            };
            // A value parser's reason (one of ours, in `input`).
            if let Some(why) = std::error::Error::source(e) {
                h.push_str(&format!(": {}", output::escape(&why.to_string())));
            }
            let valid = all(K::ValidValue);
            if !valid.is_empty() {
                h.push_str(&format!(" [possible values: {}]", valid.join(", ")));
            }
            h
        }
        ErrorKind::UnknownArgument => format!("unexpected argument '{arg}' found"),
        ErrorKind::InvalidSubcommand => format!(
            "unrecognized subcommand '{}'",
            one(K::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => format!(
            "the following required arguments were not provided: {}",
            all(K::InvalidArg).join(", ")
        ),
        ErrorKind::ArgumentConflict => match one(K::PriorArg) {
            Some(prior) if prior == arg => {
                format!("the argument '{arg}' cannot be used multiple times")
            }
            Some(prior) => format!("the argument '{arg}' cannot be used with '{prior}'"),
            None => format!(
                "the argument '{arg}' cannot be used with {}",
                quoted(all(K::PriorArg))
            ),
        },
        ErrorKind::TooManyValues => {
            format!("unexpected value '{value}' for '{arg}' found; no more were expected")
        }
        ErrorKind::NoEquals => {
            format!("equal sign is needed when assigning values to '{arg}'")
        }
        ErrorKind::TooFewValues => format!(
            "{} values required by '{arg}'; only {} provided",
            one(K::MinValues).unwrap_or_default(),
            provided(one(K::ActualNumValues))
        ),
        ErrorKind::WrongNumberOfValues => format!(
            "{} values required for '{arg}' but {} provided",
            one(K::ExpectedNumValues).unwrap_or_default(),
            provided(one(K::ActualNumValues))
        ),
        // Kinds moks does not produce, in clap's generic words.
        kind => kind.as_str().unwrap_or("invalid arguments").to_string(),
    };
    let mut hints = Vec::new();
    for (kind, what) in [
        (K::SuggestedSubcommand, "subcommand"),
        (K::SuggestedArg, "argument"),
        (K::SuggestedValue, "value"),
    ] {
        match best_suggestions(kind, all(kind)).as_slice() {
            [] => {}
            [one] => hints.push(format!("a similar {what} exists: '{one}'")),
            many => hints.push(format!(
                "some similar {what}s exist: {}",
                quoted(many.to_vec())
            )),
        }
    }
    if let Some(V::StyledStrs(tips)) = e.get(K::Suggested) {
        hints.extend(
            tips.iter()
                .map(|t| output::escape(&t.to_string()).into_owned()),
        );
    }
    let program = output::program();
    hints.push(format!(
        "see '{program} --help' or '{program} <command> --help'"
    ));
    (headline, hints)
}
