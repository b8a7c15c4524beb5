//! `truststore new-ca-set` (alias `create`): create a CA set (New-METSCASet, §5.1).
//!
//! Flags build the body; `--body` sends a JSON object instead, the flags given alongside
//! overriding its fields, as MOKS `new-client-cert` does; either way the model's
//! `CreateCaSet` checks it before anything is sent (exit 2).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;
use moks_model::truststore::CreateCaSet;
use moks_model::{Checked, FieldError, Problem};
use serde_json::{json, Map, Value};

use crate::api::truststore::sets as api;
use crate::commands::{invalid_field, print_object, shell_quote};
use crate::context::Context;
use crate::{error, input, output};

/// Create a CA set, empty until a version is added (New-METSCASet)
///
/// The name and description are fixed once the set exists. A new set has no versions: add
/// one holding the CA certificates next, then activate it.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore new-ca-set --name partner-cas --description 'CAs of partner X'
  moks truststore new-ca-set --body ca-set.json
  moks truststore new-ca-set --name partner-cas --json | jq -r .caSetId")]
pub struct NewCaSetArgs {
    /// The name: 3-64 of a-z A-Z 0-9 . _ - %, no '...'; unique among the sets not deleted
    #[arg(long, visible_alias = "ca-set-name", value_name = "NAME", value_parser = super::parse_ca_set_name, required_unless_present = "body")]
    pub name: Option<String>,
    /// A description of 1-255 characters
    #[arg(long, value_name = "TEXT", value_parser = super::parse_description)]
    pub description: Option<String>,
    /// The request body as JSON: a literal, a FILE, or - for standard input
    #[arg(long, value_name = "FILE|-|JSON")]
    pub body: Option<String>,
}

/// The body of a create or a clone: `--body`'s object (if any) with the flags over it,
/// checked. `what` is the command, for the error naming what is missing.
pub fn build_body(
    body: Option<&str>,
    name: Option<&str>,
    description: Option<&str>,
    name_flag: &str,
    what: &str,
) -> anyhow::Result<Checked<CreateCaSet>> {
    let from_body = body.is_some();
    let mut json: Map<String, Value> = match body {
        Some(b) => input::read_body(b)?,
        None => Map::new(),
    };
    if let Some(n) = name {
        json.insert("caSetName".into(), json!(n));
    }
    if let Some(d) = description {
        json.insert("description".into(), json!(d));
    }
    Checked::new(json).map_err(|errors: Vec<FieldError>| {
        if errors.iter().any(|e| e.problem == Problem::Missing) {
            let how = if from_body {
                " (or caSetName in --body)"
            } else {
                " (or --body)"
            };
            error::usage(format!("{what} needs {name_flag}{how}"))
        } else {
            invalid_field(&errors[0])
        }
    })
}

/// The next step after a set is made: its first version.
pub fn next_step(id: &str) -> String {
    format!(
        "next, add a version holding its CA certificates: {} truststore new-ca-set-version \
         --id {id} …",
        output::program()
    )
}

pub async fn run(ctx: &Context, args: NewCaSetArgs) -> anyhow::Result<()> {
    let body = build_body(
        args.body.as_deref(),
        args.name.as_deref(),
        args.description.as_deref(),
        "--name",
        "new-ca-set",
    )?;
    let client = ctx.client().await?;
    let check = format!(
        "{} truststore get-ca-set --name {}",
        output::program(),
        shell_quote(&body.ca_set_name)
    );
    let set = api::create_ca_set(client, &body, &check).await?;
    print_object(ctx, &set)?;
    if let Some(id) = set.view.ca_set_id.as_deref() {
        output::note(&next_step(&error::printable(id)));
    }
    Ok(())
}
