//! `man [COMMAND…]`: the manual page, from the command tree itself (clap_mangen): `moks.1`,
//! and a page per command (`moks-get-ca-cert.1`, `moks-config-check.1`). The same pages are
//! committed in `man/`, kept in step by a test. A page is named as the command is typed,
//! aliases included (`moks man truststore activate`); each page's title line says
//! `moks VERSION` as its source (clap_mangen's default would be the command's bare name).

use clap::Args;

use crate::context::Context;
use crate::error;

/// Print the manual page of moks, or of one of its commands
///
/// The page is roff, for man(1): pipe it to `man -l -`, or install the pages of man/ (see the
/// README).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks man | man -l -
  moks man get-client-cert-version | man -l -
  moks man truststore activate | man -l -
")]
pub struct ManArgs {
    /// The command whose page to print (default: moks itself)
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

/// One manual page.
pub struct Page {
    /// The command it documents: `""` for moks itself, `get-ca-cert`, `config check`.
    pub command: String,
    pub roff: Vec<u8>,
}

impl Page {
    /// The page's file name, as man(1) looks for it: `moks.1`, `moks-config-check.1`.
    #[cfg(test)]
    pub fn file(&self) -> String {
        let name: Vec<&str> = std::iter::once("moks")
            .chain(self.command.split_whitespace())
            .collect();
        format!("{}.1", name.join("-"))
    }
}

/// Every page, moks.1 first, then each command's, depth first.
pub fn pages() -> Vec<Page> {
    fn walk(cmd: &clap::Command, path: &[&str], out: &mut Vec<Page>) {
        let man = clap_mangen::Man::new(cmd.clone())
            .source(format!("moks {}", env!("CARGO_PKG_VERSION")))
            .manual("moks manual");
        let mut roff = Vec::new();
        // Rendering into memory cannot fail.
        let _ = man.render(&mut roff);
        out.push(Page {
            command: path.join(" "),
            roff,
        });
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let path: Vec<&str> = path.iter().copied().chain([sub.get_name()]).collect();
            walk(sub, &path, out);
        }
    }
    let mut cmd = crate::cli::command_expanded().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &[], &mut out);
    out
}

/// The names of every command and its visible aliases, at every level, for the shells to
/// complete `moks man` with.
pub fn page_names(tree: &clap::Command) -> Vec<String> {
    let mut names: Vec<String> = crate::cli::visible_names_in(tree).into_iter().collect();
    names.sort_unstable();
    names
}

/// `words` as the command they name, each an alias or a name: `truststore activate` is
/// `truststore new-ca-set-activation`; `None` when no command has that path.
fn canonical(words: &[String]) -> Option<String> {
    let mut cmd = crate::cli::command_expanded();
    cmd.build();
    let mut at = &cmd;
    let mut path = Vec::new();
    for word in words {
        at = at.find_subcommand(word).filter(|c| !c.is_hide_set())?;
        path.push(at.get_name().to_string());
    }
    Some(path.join(" "))
}

pub fn run(ctx: &Context, args: ManArgs) -> anyhow::Result<()> {
    let wanted = canonical(&args.command);
    let page = wanted.and_then(|w| pages().into_iter().find(|p| p.command == w));
    match page {
        Some(page) => ctx.out.bytes(&page.roff)?,
        None => {
            let program = crate::output::program();
            return Err(error::usage_with_hint(
                format!(
                    "no manual page for '{}': no such command",
                    error::excerpt(&args.command.join(" "), 80)
                ),
                Some(format!(
                    "a page per command, named as typed: '{program} man truststore activate'; \
                     the commands: '{program} --help', '{program} truststore --help'"
                )),
            ));
        }
    }
    Ok(())
}
