//! `moks`: the program as itself (see `lib.rs`).

fn main() -> std::process::ExitCode {
    moks::main(moks::Invocation::Moks)
}
