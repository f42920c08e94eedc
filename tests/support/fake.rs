//! Seam's fake of the Seam API, `@seamapi/fake-seam-connect` (the stateful
//! server Seam's official SDKs test against), on 127.0.0.1, run by
//! `peers/fake.mjs` with UUID ids and a deterministic seed: two workspaces,
//! two connected accounts with 9 locks, and every kind of credential.
//!
//! One fake per test binary, started on first use through
//! `peers/supervise.mjs`, which stops it when the test binary exits. It is
//! shared by every test of the binary and keeps its state: a test that
//! changes something (unlocks a door, makes a client session) must not
//! expect the seed as it was. The peers come from `scripts/install-peers`,
//! which `scripts/test` runs: when they are missing the tests fail, they are
//! never skipped.

#![allow(dead_code)]

use std::ffi::OsString;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

use serde::Deserialize;

use super::peer::{self, Launch, Peer};

/// How long the fake may take to print its `SEAM_FAKE_READY` line.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(30);
/// What starts the line with the seed that `peers/fake.mjs` prints once it
/// listens.
const READY: &str = "SEAM_FAKE_READY ";

/// A running fake; lives until the test binary exits.
pub struct Fake {
    /// The supervised fake, stopped when the test binary exits.
    peer: Peer,
    seed: FakeSeed,
}

impl Fake {
    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> &str {
        self.peer.url()
    }

    /// What the fake was seeded with: ids and credentials.
    pub fn seed(&self) -> &FakeSeed {
        &self.seed
    }

    /// The file holding the fake's output.
    pub fn log(&self) -> &Path {
        self.peer.log()
    }
}

/// The seed of `peers/fake.mjs`, as its `SEAM_FAKE_READY` line tells it.
/// Every id is a UUID; the same in every run but for the port.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct FakeSeed {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// Workspace 1: the connected accounts, devices and client session.
    pub workspace_id: String,
    /// Workspace 2: empty.
    pub workspace_id_2: String,
    /// API key of workspace 1 (`seam_apikey1_token`).
    pub api_key: String,
    /// API key of workspace 2 (`seam_apikey2_token`).
    pub api_key_2: String,
    /// Publishable key of workspace 1 (`seam_pk1_token`), for
    /// `client_sessions/get_or_create` with `seam-publishable-key`.
    pub publishable_key: String,
    /// Client session token of workspace 1 (`seam_cst1_token`): sees the
    /// devices of `client_session_connected_account_ids` only.
    pub client_session_token: String,
    /// Personal access token of `user_id` (`seam_at1_longtoken`); needs
    /// `seam-workspace`. The fake takes it on most routes, not on
    /// `devices/list`.
    pub personal_access_token: String,
    /// Console session token of `user_id`, a JWT; needs `seam-workspace`,
    /// and the user is a member of workspace 1 only.
    pub console_session_token: String,
    /// The user of the personal access and console session tokens.
    pub user_id: String,
    /// A user identity of workspace 1, that of the client session.
    pub user_identity_id: String,
    /// The client session's `user_identifier_key`: `get_or_create` with it
    /// returns that session.
    pub user_identifier_key: String,
    /// The client session of `client_session_token`.
    pub client_session_id: String,
    /// The connected accounts of workspace 1: 3 locks, then 6 locks.
    pub connected_account_ids: Vec<String>,
    /// The connected accounts the client session is tied to (the first).
    pub client_session_connected_account_ids: Vec<String>,
    /// The 9 locks of workspace 1, in `devices/list` order.
    pub device_ids: Vec<String>,
    /// The locks the client session sees, in `devices/list` order.
    pub client_session_device_ids: Vec<String>,
}

/// The fake of this test binary. Started on first call; panics, on every
/// call, if it cannot be started.
pub fn fake() -> &'static Fake {
    static FAKE: OnceLock<Result<Fake, String>> = OnceLock::new();
    peer::once(&FAKE, start)
}

/// Starts the fake on a free port (another if it loses the one it was
/// given) and reads its seed.
fn start() -> Result<Fake, String> {
    let peers = peer::peers_dir();
    let script = peers.join("fake.mjs");
    let package = peers.join("node_modules/@seamapi/fake-seam-connect/package.json");
    let launch = Launch {
        title: "Seam's fake server (peers/fake.mjs)",
        name: "the fake",
        installs: "@seamapi/fake-seam-connect under peers/node_modules",
        log_name: "fake",
        needed: &[script.clone(), package],
        ready_verb: "print its SEAM_FAKE_READY line",
        ready_gerund: "printing its SEAM_FAKE_READY line",
        timeout: STARTUP_TIMEOUT,
    };
    let command = |port: u16| {
        vec![
            OsString::from("node"),
            script.clone().into(),
            port.to_string().into(),
        ]
    };
    let (peer, seed) = peer::start(&launch, command, ready)?;
    Ok(Fake { peer, seed })
}

/// The seed, once the fake's output holds a whole `SEAM_FAKE_READY` line.
/// The fake prints it only once it listens on `url`.
fn ready(url: &str, output: &str) -> Result<Option<FakeSeed>, String> {
    // Only whole lines: the last one may still be being written.
    let whole = &output[..output.rfind('\n').map_or(0, |end| end + 1)];
    let Some(json) = whole.lines().find_map(|line| line.strip_prefix(READY)) else {
        return Ok(None);
    };
    let seed: FakeSeed = serde_json::from_str(json).map_err(|e| {
        format!(
            "its {} line is not the expected seed ({e}): {json}",
            READY.trim()
        )
    })?;
    if seed.url != url {
        return Err(format!("it says it listens on {}, not on {url}", seed.url));
    }
    Ok(Some(seed))
}
