//! The request log ([`crate::Sandbox::requests`]), bounded in entries and in bytes: the
//! oldest go first; a request alone over the byte budget is kept without its body.

use crate::RecordedRequest;
use std::collections::VecDeque;
use std::sync::Mutex;

/// The request log, bounded in entries and in bytes.
pub struct Recorder {
    max_entries: usize,
    max_bytes: usize,
    log: Mutex<(VecDeque<RecordedRequest>, usize)>,
}

/// What a recorded request costs (its text and bytes, plus a fixed overhead).
fn weight(r: &RecordedRequest) -> usize {
    64 + r.method.len()
        + r.path.len()
        + r.query.len()
        + r.body.len()
        + r.headers
            .iter()
            .map(|(k, v)| k.len() + v.len())
            .sum::<usize>()
}

impl Recorder {
    pub fn new(max_entries: usize, max_bytes: usize) -> Recorder {
        Recorder {
            max_entries,
            max_bytes,
            log: Mutex::new((VecDeque::new(), 0)),
        }
    }

    pub fn push(&self, mut r: RecordedRequest) {
        if weight(&r) > self.max_bytes {
            r.body = Vec::new(); // alone over the budget: kept without its body
        }
        let w = weight(&r);
        let mut guard = self.log.lock().unwrap_or_else(|p| p.into_inner());
        let (log, bytes) = &mut *guard;
        while !log.is_empty() && (log.len() >= self.max_entries || *bytes + w > self.max_bytes) {
            if let Some(old) = log.pop_front() {
                *bytes -= weight(&old);
            }
        }
        if w <= self.max_bytes && self.max_entries > 0 {
            *bytes += w;
            log.push_back(r);
        }
    }

    pub fn snapshot(&self) -> Vec<RecordedRequest> {
        let guard = self.log.lock().unwrap_or_else(|p| p.into_inner());
        guard.0.iter().cloned().collect()
    }
}
