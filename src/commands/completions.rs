//! `completions SHELL`: the shell completion script, from the command tree itself (clap_complete),
//! so it always knows every command and flag; files are completed only for flags that take
//! one (see `cli`'s value hints). The same scripts are committed in `completions/`, kept in
//! step by a test.

use clap::Args;
use clap_complete::Shell;

use crate::context::Context;

/// Print the shell completion script for moks
///
/// Write it where your shell reads completions (see the README), or load it at start.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks completions bash > ~/.local/share/bash-completion/completions/moks
  moks completions zsh > ~/.zfunc/_moks
  moks completions fish > ~/.config/fish/completions/moks.fish")]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// The script for `shell`, for the program named `moks`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut crate::cli::command_expanded(), "moks", &mut buf);
    buf
}

pub fn run(ctx: &Context, args: CompletionsArgs) -> anyhow::Result<()> {
    ctx.out.bytes(&script(args.shell))?;
    Ok(())
}
