//! `man [COMMAND…]`: the manual page, from the command tree itself (clap_mangen): `moks.1`,
//! and a page per command (`moks-get-ca-cert.1`, `moks-config-check.1`). The same pages are
//! committed in `man/`, kept in step by a test.

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
  moks man config check > moks-config-check.1")]
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
        let man = clap_mangen::Man::new(cmd.clone());
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

pub fn run(ctx: &Context, args: ManArgs) -> anyhow::Result<()> {
    let wanted = args.command.join(" ");
    let pages = pages();
    match pages.iter().find(|p| p.command == wanted) {
        Some(page) => ctx.out.bytes(&page.roff)?,
        None => {
            let mut known: Vec<&str> = pages.iter().skip(1).map(|p| p.command.as_str()).collect();
            known.sort_unstable();
            return Err(error::usage(format!(
                "no manual page for '{wanted}': the commands are {}",
                known.join(", ")
            )));
        }
    }
    Ok(())
}
