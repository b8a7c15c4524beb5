//! What was typed, resolved into the flags of the command that runs: the flags typed
//! before the command, after a group's name and after the command merged, nearest to the
//! command first (see `cli`'s module documentation).

use std::ffi::OsString;

use clap::parser::ValueSource;
use clap::{ArgMatches, FromArgMatches};

use super::{
    command_for, AccountFlags, ApiFlags, Command, DisplayFlags, EdgercFlags, OutputFlags,
    RequestFlags, SandboxFlags, SandboxStateFlags,
};
use crate::color::ColorChoice;
use edgegrid::edgerc::Origin;

/// What was typed, the flags merged from before and after the command.
#[derive(Debug)]
pub struct Parsed {
    pub command: Command,
    /// Every flag, as the command takes it; the groups a command does not take hold their
    /// environment value or default.
    pub flags: ApiFlags,
    /// Where `--edgerc` and `--section` came from (`-v` reports it; `sandbox serve` uses
    /// the file's tokens only when one of them was typed).
    pub edgerc_origin: Origin,
    pub section_origin: Origin,
    pub account_key_origin: Origin,
    /// `--color` and `--quiet`, from before or after the command.
    pub display: DisplayFlags,
}

/// The flags the Akamai CLI passes before every command it runs (`--edgerc`, `--section`,
/// `--accountkey`), by their ids.
const AKAMAI_CLI_FLAGS: [&str; 3] = ["edgerc", "section", "account_key"];

fn typed(m: &ArgMatches, id: &str) -> bool {
    m.value_source(id) == Some(ValueSource::CommandLine)
}

/// `moks args…` parsed as `main` runs it. `akamai_cli`: run by the Akamai CLI, which passes
/// `--edgerc`, `--section` and `--accountkey` before every command: a command that does not
/// take them ignores them there, instead of refusing them.
pub fn parse_from<I, T>(args: I, akamai_cli: bool) -> Result<Parsed, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let program = crate::output::program();
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // Clap's own help and errors follow --color too (and NO_COLOR, by themselves).
    let tree = command_for(program).color(match color_in(&args).unwrap_or_default() {
        ColorChoice::Auto => clap::ColorChoice::Auto,
        ColorChoice::Always => clap::ColorChoice::Always,
        ColorChoice::Never => clap::ColorChoice::Never,
    });
    // Parsed in place, so that the definitions below are those of the commands built to
    // parse it (a deferred group's included).
    let mut tree = tree;
    let top = tree.try_get_matches_from_mut(args)?;
    let command = Command::from_arg_matches(&top)?;
    // The levels typed, from the top to the command that runs, each with its definition.
    let mut levels: Vec<(&ArgMatches, &clap::Command)> = vec![(&top, &tree)];
    let mut path = program.to_string();
    while let Some((name, sub)) = levels[levels.len() - 1].0.subcommand() {
        match levels[levels.len() - 1].1.find_subcommand(name) {
            Some(def) => levels.push((sub, def)),
            None => break,
        }
        path = format!("{path} {name}");
    }
    let leaf_def = levels[levels.len() - 1].1;
    let takes = |id: &str| leaf_def.get_arguments().any(|a| a.get_id() == id);
    for (m, def) in &levels[..levels.len() - 1] {
        for id in def.get_arguments().map(|a| a.get_id().as_str()) {
            let ignored = akamai_cli && AKAMAI_CLI_FLAGS.contains(&id);
            if typed(m, id) && !takes(id) && !ignored {
                return Err(not_taken(def, &path, id));
            }
        }
    }
    let mut flags = ApiFlags::from_arg_matches(&top)?;
    let mut display = DisplayFlags::from_arg_matches(&top)?;
    // Each level below the top, in order, for each group it takes: a field typed there
    // replaces the value from above (typed, or else the environment's or the default, the
    // same in every place).
    for &(level, def) in &levels[1..] {
        merge_typed(level, def, &mut flags, &mut display)?;
    }
    let origin = |id: &str| {
        if levels
            .iter()
            .any(|(m, def)| def.get_arguments().any(|a| a.get_id() == id) && typed(m, id))
        {
            Origin::Flag
        } else if top.value_source(id) == Some(ValueSource::EnvVariable) {
            Origin::Env
        } else {
            Origin::Default
        }
    };
    Ok(Parsed {
        command,
        flags,
        edgerc_origin: origin("edgerc"),
        section_origin: origin("section"),
        account_key_origin: origin("account_key"),
        display,
    })
}

/// The flags typed at one level of the command line (`def` its definition) put over those
/// of the levels above, group by group: a group the level does not take is left alone.
fn merge_typed(
    level: &ArgMatches,
    def: &clap::Command,
    flags: &mut ApiFlags,
    display: &mut DisplayFlags,
) -> Result<(), clap::Error> {
    let takes = |id: &str| def.get_arguments().any(|a| a.get_id() == id);
    macro_rules! typed_here {
        ($group:expr, $ty:ty { $($field:ident),+ }) => {
            if [$(stringify!($field)),+].iter().all(|id| takes(id)) {
                let here = <$ty>::from_arg_matches(level)?;
                $(
                    if typed(level, stringify!($field)) {
                        $group.$field = here.$field;
                    }
                )+
            }
        };
    }
    typed_here!(flags.edgegrid.edgerc, EdgercFlags { edgerc, section });
    typed_here!(flags.edgegrid.account, AccountFlags { account_key });
    typed_here!(flags.call.output, OutputFlags { json, full, wide });
    typed_here!(
        flags.call.request,
        RequestFlags {
            verbose,
            dry_run,
            timeout,
            max_response_size,
            ca_cert
        }
    );
    typed_here!(flags.call.sandbox, SandboxFlags { sandbox });
    typed_here!(
        flags.call.sandbox_state,
        SandboxStateFlags { sandbox_state }
    );
    typed_here!(display, DisplayFlags { color, quiet });
    Ok(())
}

/// The `--color` typed in `args`, if any, for the errors of a command line that does not
/// parse (a parsed one says it in [`Parsed::display`]).
pub fn color_in(args: &[OsString]) -> Option<ColorChoice> {
    use clap::ValueEnum;
    let mut last = None;
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--color") {
            Some(rest) if rest.starts_with('=') => Some(rest[1..].to_string()),
            Some("") => args.next().map(|v| v.into_owned()),
            _ => continue,
        };
        if let Some(v) = value.and_then(|v| ColorChoice::from_str(&v, true).ok()) {
            last = Some(v);
        }
    }
    last
}

/// The error for a flag typed before a command that does not take it: the one clap gives
/// when it is typed after it, with the command named.
fn not_taken(tree: &clap::Command, path: &str, id: &str) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let flag = tree
        .get_arguments()
        .find(|a| a.get_id() == id)
        .and_then(|a| a.get_long().map(|l| format!("--{l}")))
        .unwrap_or_else(|| id.to_string());
    let mut e = clap::Error::new(ErrorKind::UnknownArgument);
    e.insert(ContextKind::InvalidArg, ContextValue::String(flag.clone()));
    e.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![format!(
            "'{path}' does not take {flag}, before or after it"
        )
        .into()]),
    );
    e
}
