//! The presigner: leaves known in advance, signed on helper threads.

use super::*;

thread_local! {
    /// The presigner running on this thread, if any.
    pub(super) static PRESIGNER: std::cell::RefCell<Option<std::sync::Arc<Presigner>>> =
        const { std::cell::RefCell::new(None) };
}

/// Signs, on helper threads, the leaves one thread is about to ask [`issue_leaf`] for, in
/// a known order (seeding: about a thousand RSA 4096 signatures by the account CA, which
/// otherwise run one after the other inside the operations).
///
/// Rules:
/// - the leaves are given up front as a plan, in the order they will be asked for; the CA
///   is the one of the first planned leaf asked for (the helpers wait for it: seeding makes
///   the account CA inside its first operation);
/// - the asking thread takes the plan from the front, the helpers from the back, and they
///   meet where the work is shared out, whatever each thread's speed: a leaf is signed
///   once, by whoever reaches it first; the asking thread waits only for a leaf a helper
///   is signing at that moment;
/// - a helper's leaf is what `issue_leaf` would have made (a fresh key and serial), made a
///   moment earlier on another thread;
/// - a leaf not in the plan, or asked for with another CA, is signed where it is asked for;
/// - until the CA is known the helpers make the key pairs the asking thread will want (a
///   list of algorithms, given up front; the slow RSA ones first): its [`generate_key`]
///   takes them while there are some;
/// - a helper that stops (a panic) leaves its leaf to the asking thread; nothing waits on
///   a thread that is gone.
#[derive(Debug)]
pub struct Presigner {
    pub(super) specs: Vec<LeafSpec>,
    /// The algorithms of the keys to make for the asking thread, in order.
    pub(super) keys: Vec<String>,
    pub(super) plan: std::collections::HashMap<LeafSpec, usize>,
    pub(super) state: std::sync::Mutex<PresignState>,
    pub(super) changed: std::sync::Condvar,
}

#[derive(Debug, Default)]
pub(super) struct PresignState {
    /// The CA's certificate and key PEMs, once the asking thread has named it.
    pub(super) ca: Option<(String, String)>,
    /// Planned leaves below this index are the asking thread's.
    pub(super) front: usize,
    /// Planned leaves from this index on are the helpers'.
    pub(super) back: usize,
    /// Leaves a helper is signing.
    pub(super) signing: std::collections::HashSet<usize>,
    /// Leaves the helpers signed, until taken.
    pub(super) signed: std::collections::HashMap<usize, Result<Issued, String>>,
    /// The asking thread is done: helpers stop.
    pub(super) closed: bool,
    /// The next of `keys` to make.
    pub(super) next_key: usize,
    /// Keys made for the asking thread, not taken yet.
    pub(super) made: Vec<(String, KeyPair)>,
    pub(super) counts: PresignCounts,
}

/// A planned leaf a helper is signing: dropped without being forgotten (the helper
/// stopped), it gives the leaf back to the asking thread.
pub(super) struct Signing<'a>(pub(super) &'a Presigner, pub(super) usize);

impl Drop for Signing<'_> {
    fn drop(&mut self) {
        self.0.lock().signing.remove(&self.1);
        self.0.changed.notify_all();
    }
}

/// Where the leaves asked for were signed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PresignCounts {
    /// By a helper.
    pub ahead: usize,
    /// Planned, but signed by the asking thread (it got there first).
    pub inline: usize,
    /// Not in the plan (or another CA): signed where asked for.
    pub unplanned: usize,
}

impl Presigner {
    /// A presigner for `specs`, the leaves in the order they will be asked for (a spec
    /// planned twice counts once), making keys of the algorithms `keys` while it waits for
    /// the CA.
    pub fn new(specs: Vec<LeafSpec>, keys: Vec<String>) -> Presigner {
        let mut plan = std::collections::HashMap::with_capacity(specs.len());
        for (i, s) in specs.iter().enumerate() {
            plan.entry(s.clone()).or_insert(i);
        }
        Presigner {
            state: std::sync::Mutex::new(PresignState {
                back: specs.len(),
                ..Default::default()
            }),
            specs,
            keys,
            plan,
            changed: std::sync::Condvar::new(),
        }
    }

    pub(super) fn lock(&self) -> std::sync::MutexGuard<'_, PresignState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` on this thread with the presigner answering its [`issue_leaf`] calls, then
    /// tells the helpers to stop (also when `f` panics). Returns what `f` returned and
    /// where the leaves were signed.
    pub fn run<R>(self: &std::sync::Arc<Self>, f: impl FnOnce() -> R) -> (R, PresignCounts) {
        struct Close<'a>(&'a Presigner);
        impl Drop for Close<'_> {
            fn drop(&mut self) {
                PRESIGNER.set(None);
                self.0.lock().closed = true;
                self.0.changed.notify_all();
            }
        }
        PRESIGNER.set(Some(self.clone()));
        let close = Close(self);
        let out = f();
        drop(close);
        (out, self.lock().counts)
    }

    /// A helper's work: once the CA is known, signs planned leaves from the back until it
    /// meets the asking thread or that thread is done.
    pub fn help(&self) {
        let mut st = self.lock();
        while st.ca.is_none() && !st.closed && st.next_key < self.keys.len() {
            let alg = &self.keys[st.next_key];
            st.next_key += 1;
            drop(st);
            let key = new_key(alg);
            st = self.lock();
            match key {
                Ok(key) => st.made.push((alg.clone(), key)),
                Err(_) => break, // the asking thread will say why, when it makes its own
            }
        }
        let (cert, key) = loop {
            if st.closed {
                return;
            }
            match &st.ca {
                Some(ca) => break ca.clone(),
                None => st = self.changed.wait(st).unwrap_or_else(|p| p.into_inner()),
            }
        };
        while !st.closed && st.back > st.front {
            st.back -= 1;
            let i = st.back;
            st.signing.insert(i);
            drop(st);
            let signing = Signing(self, i);
            let leaf = sign_leaf(&cert, &key, &self.specs[i]);
            std::mem::forget(signing);
            st = self.lock();
            st.signing.remove(&i);
            st.signed.insert(i, leaf);
            self.changed.notify_all();
        }
    }

    /// A key of `key_algorithm` a helper made, if there is one left.
    pub(super) fn made_key(&self, key_algorithm: &str) -> Option<KeyPair> {
        let mut st = self.lock();
        let i = st.made.iter().position(|(alg, _)| alg == key_algorithm)?;
        Some(st.made.swap_remove(i).1)
    }

    /// The leaf for `spec`, if a helper signed (or is signing) it; `None`: sign it here.
    pub(super) fn take(
        &self,
        ca_cert: &str,
        ca_key: &str,
        spec: &LeafSpec,
    ) -> Option<Result<Issued, String>> {
        let mut st = self.lock();
        let Some(&i) = self.plan.get(spec) else {
            st.counts.unplanned += 1;
            return None;
        };
        match &st.ca {
            None => {
                st.ca = Some((ca_cert.to_string(), ca_key.to_string()));
                self.changed.notify_all();
            }
            Some((c, k)) if c != ca_cert || k != ca_key => {
                st.counts.unplanned += 1;
                return None;
            }
            Some(_) => {}
        }
        if i < st.back {
            st.front = st.front.max(i + 1);
            st.counts.inline += 1;
            return None;
        }
        loop {
            if let Some(leaf) = st.signed.remove(&i) {
                st.counts.ahead += 1;
                return Some(leaf);
            }
            if !st.signing.contains(&i) {
                // Its helper stopped (or the leaf was taken before): sign it here.
                st.counts.inline += 1;
                return None;
            }
            st = self.changed.wait(st).unwrap_or_else(|p| p.into_inner());
        }
    }
}
