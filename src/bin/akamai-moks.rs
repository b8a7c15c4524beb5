//! `akamai-moks`: the program as an Akamai CLI package runs it (`akamai moks …`), from the
//! same sources as `moks` (see `lib.rs`).

fn main() -> std::process::ExitCode {
    moks::main(moks::Invocation::AkamaiCli)
}
