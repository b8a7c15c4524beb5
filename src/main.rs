//! The `moks` binary: parse, build the context, dispatch, map the error to an exit code.
//!
//! moks is a binary crate only: its modules are private, so the compiler reports any item
//! nothing uses. The reusable parts are crates of their own (`crates/edgegrid`,
//! `crates/sandbox`). The modules are named for the concepts a user would name.
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod api;
mod cli;
mod client;
mod commands;
mod context;
mod error;
mod input;
mod output;
mod retry;
mod trust;

use std::collections::HashMap;
use std::process::ExitCode;

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches};

use crate::cli::Cli;
use crate::context::Context;
use edgegrid::edgerc::Origin;

fn main() -> ExitCode {
    ExitCode::from(run())
}

fn origin(m: &clap::ArgMatches, id: &str) -> Origin {
    match m.value_source(id) {
        Some(ValueSource::CommandLine) => Origin::Flag,
        Some(ValueSource::EnvVariable) => Origin::Env,
        _ => Origin::Default,
    }
}

/// Global args live on the subcommand's matches when typed after it.
fn origin_anywhere(m: &clap::ArgMatches, id: &str) -> Origin {
    let mut best = origin(m, id);
    let mut cur = m;
    while let Some((_, sub)) = cur.subcommand() {
        if origin(sub, id) == Origin::Flag {
            best = Origin::Flag;
        }
        cur = sub;
    }
    best
}

fn run() -> u8 {
    let env: HashMap<String, String> = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect();
    let matches = match Cli::command().try_get_matches() {
        Ok(m) => m,
        Err(e) => return clap_error(&e),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return clap_error(&e),
    };
    let json = cli.global.json;
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
    let result = runtime.block_on(async {
        let ctx = Context::new(
            &cli.global,
            origin_anywhere(&matches, "edgerc"),
            origin_anywhere(&matches, "section"),
            env,
        )?;
        let r = commands::dispatch(&ctx, cli.command).await;
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
                    full: false,
                    decorate: false,
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
fn clap_error(e: &clap::Error) -> u8 {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = output::clap_message(e);
            error::EXIT_OK
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            let _ = output::clap_message(e);
            error::EXIT_USAGE
        }
        _ => {
            let (headline, hints) = one_line(&e.render().to_string());
            output::error(&headline, &[], &hints);
            error::EXIT_USAGE
        }
    }
}

/// Folds clap's multi-line message into one line plus `hint:` lines.
fn one_line(text: &str) -> (String, Vec<String>) {
    let mut head = Vec::new();
    let mut hints = Vec::new();
    let mut in_head = true;
    for line in text.lines() {
        let l = line.trim();
        if l.starts_with("Usage:") || l.starts_with("For more information") {
            break;
        }
        if l.is_empty() {
            in_head = false;
            continue;
        }
        if let Some(tip) = l.strip_prefix("tip: ") {
            hints.push(tip.to_string());
        } else if in_head {
            head.push(l.strip_prefix("error: ").unwrap_or(l).to_string());
        }
    }
    hints.push("see 'moks --help' or 'moks <command> --help'".into());
    (head.join(" "), hints)
}
