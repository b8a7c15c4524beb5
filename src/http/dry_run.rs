//! `--dry-run`: the request printed (tokens and signature redacted) instead of sent.

use reqwest::Url;
use serde_json::Value;

use super::{Client, Request};

impl Client {
    /// Prints what would be sent, with tokens and signature redacted.
    pub(super) fn print_dry_run(&self, req: &Request, url: &Url) -> anyhow::Result<()> {
        let (method, body) = (&req.method, req.body.as_ref());
        let mut headers = vec![
            ("Authorization", self.auth(req.api)?.redacted()),
            ("Accept", req.media.accept.to_string()),
            ("User-Agent", self.cfg.user_agent.clone()),
        ];
        if body.is_some() {
            headers.push(("Content-Type", req.media.content_type.to_string()));
        }
        // Placeholders for ids a lookup would find are shown readable; the rest as sent.
        let path = percent_encoding::percent_decode_str(url.path()).decode_utf8_lossy();
        let query = url.query().map(|q| format!("?{q}")).unwrap_or_default();
        let shown = format!("{}{path}{query}", &url[..url::Position::BeforePath]);
        if self.cfg.output.json {
            let mut h = serde_json::Map::new();
            for (k, v) in &headers {
                h.insert(k.to_string(), Value::String(v.clone()));
            }
            let doc = serde_json::json!({
                "method": method.as_str(),
                "url": shown,
                "headers": h,
                "body": body.cloned().unwrap_or(Value::Null),
            });
            self.dry_runs
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(doc);
        } else {
            let mut text = format!("{method} {shown}\n");
            for (k, v) in &headers {
                text.push_str(&format!("{k}: {v}\n"));
            }
            if let Some(b) = body {
                text.push('\n');
                text.push_str(&serde_json::to_string_pretty(b)?);
                text.push('\n');
            }
            let before = self
                .dry_runs_printed
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let sep = if before > 0 { "\n" } else { "" };
            self.cfg.output.line(&format!("{sep}{}", text.trim_end()))?;
        }
        Ok(())
    }
}
