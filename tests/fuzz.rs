//! Property test ("fuzz") of every response decoder of the access grant and
//! access method endpoints.
//!
//! [`seamapi::decode_response`] turns a raw reply into an endpoint's typed
//! response exactly as the client does. [`fuzz_every_response_decoder`] feeds
//! it at least [`MIN_ITERATIONS`] generated replies — a random endpoint
//! type of [`TARGETS`], status, request id and body each time — and requires
//! that decoding never panics, hangs or overflows the stack. Any result is
//! acceptable as long as it is an `Ok` whose value survives a round trip
//! through its own `Serialize`, or a well-formed `Err`: the error's
//! `Display`, `Debug` and accessors must not panic either, and must agree
//! with the status and request id of the reply (see [`check_error`]).
//!
//! Bodies come from these generators, starting from real replies (the
//! seeds, below):
//!
//! * the seeds themselves, unchanged;
//! * byte-level mutations ([`mutate_bytes`]): flipped and replaced bytes,
//!   deleted, duplicated and spliced ranges, JSON-ish tokens, truncation,
//!   invalid UTF-8;
//! * structure-level mutations ([`mutate_structure`]): nodes replaced by
//!   values of other types, keys deleted or added, tags, timestamps and ids
//!   replaced by unknown or malformed ones, deep nesting, very large arrays,
//!   transplanted subtrees, then written out with duplicate keys, escaped
//!   keys and odd whitespace ([`Emitter`]);
//! * random JSON ([`random_value`]), bare or in the endpoint's envelope;
//! * random bytes.
//!
//! The run is deterministic given its seed, printed first (`cargo test --test
//! fuzz -- --nocapture`). Replay it with `SEAMAPI_FUZZ_SEED=<seed>`; run
//! longer with `SEAMAPI_FUZZ_ITERATIONS=<n>` (never fewer than
//! [`MIN_ITERATIONS`]). A stack overflow aborts the process: the worker
//! thread's name, in the abort message, carries the seed.
//!
//! The other tests pin down specific behaviours: unknown fields are ignored,
//! unknown tags are kept in `Other`, empty bodies name the missing field and
//! deep nesting is an error.

use std::collections::BTreeMap;
use std::fmt::{Debug, Write as _};
use std::io::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use seamapi::access_grants::unmanaged::{
    GetUnmanagedAccessGrant, ListUnmanagedAccessGrants, UpdateUnmanagedAccessGrant,
};
use seamapi::access_grants::{
    CreateAccessGrant, DeleteAccessGrant, GetAccessGrant, GetRelated as GetRelatedAccessGrants,
    ListAccessGrants, RequestAccessMethods, UpdateAccessGrant,
};
use seamapi::access_methods::unmanaged::{GetUnmanagedAccessMethod, ListUnmanagedAccessMethods};
use seamapi::access_methods::{
    AssignCard, DeleteAccessMethod, Encode, GetAccessMethod, GetRelated as GetRelatedAccessMethods,
    ListAccessMethods, UnlockDoor,
};
use seamapi::resources::{
    AccessGrantError, AccessGrantPendingMutation, AccessGrantWarning, AccessMethodError,
    AccessMethodPendingMutation, AccessMethodWarning, UnmanagedAccessGrantError,
    UnmanagedAccessGrantPendingMutation, UnmanagedAccessGrantWarning,
};
use seamapi::{ActionAttemptStatus, Endpoint, Error, UnknownVariant, decode_response};
use serde::Serialize;
use serde_json::{Value, json};

/// The fewest generated replies a run decodes.
const MIN_ITERATIONS: u64 = 100_000;

/// The seed used when `SEAMAPI_FUZZ_SEED` is not set.
const DEFAULT_SEED: u64 = 0x5EA3_F022_2025_0616;

/// Worker threads sharing the iterations (each with its own random stream).
const WORKERS: u64 = 2;

/// How long no worker may make progress before the run counts as hung.
const STALL_LIMIT: Duration = Duration::from_secs(20);

/// A worker stops after this many failures: they are reported, not counted.
const MAX_FAILURES: usize = 5;

/// About how large an array a structure mutation may grow, in bytes of
/// JSON text.
const LARGE_ARRAY_BYTES: usize = 8 * 1024;

/// How much of a failing body a report quotes.
const REPORT_BODY_BYTES: usize = 2048;

// # Seeds
//
// Real replies of Prism (`prism mock` serving Seam's OpenAPI document; `-d`
// for the random variant), and the example of Seam's documentation for
// `/access_grants/create`, with microsecond timestamps. The other replies
// are built from the same objects in `Corpus::new`, as Prism builds them:
// its list replies are `{"access_grants": [<the get object>], "ok": true,
// "pagination": PRISM_PAGINATION}`, its unmanaged access method is the
// access method without `client_session_token`, `customization_profile_id`
// and `instant_key_url`, its batches hold one object of each kind.

/// Prism's reply to `POST /access_grants/create` (also `get` and
/// `request_access_methods`).
const PRISM_ACCESS_GRANT: &str = r#"{"access_grant":{"access_grant_id":"06592d69-d534-41e3-96af-9a85c3299bbd","access_grant_key":"string","access_method_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"client_session_token":"string","created_at":"2019-08-24T14:15:22Z","customization_profile_id":"ab4b94c1-56ca-483c-aa97-5bf6c06eb64a","display_name":"string","ends_at":"2019-08-24T14:15:22Z","errors":[{"created_at":"2019-08-24T14:15:22Z","error_code":"cannot_create_requested_access_methods","message":"string","missing_device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]}],"instant_key_url":"http://example.com","location_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"name":"string","pending_mutations":[{"created_at":"2019-08-24T14:15:22Z","from":{"device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]},"message":"string","mutation_code":"updating_spaces","to":{"common_code_key":"string","device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]}}],"requested_access_methods":[{"code":"string","created_access_method_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"created_at":"2019-08-24T14:15:22Z","display_name":"string","instant_key_max_use_count":1,"mode":"code"}],"reservation_key":"string","space_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"starts_at":"2019-08-24T14:15:22Z","user_identity_id":"018d0dd9-2324-490b-9a44-c18b2f799efe","warnings":[{"created_at":"2019-08-24T14:15:22Z","message":"string","warning_code":"being_deleted"}],"workspace_id":"0967198e-ec7b-4c6b-b4d3-f71244cadbe9"},"ok":true}"#;

/// The access grant of Seam's documentation example for
/// `/access_grants/create` (microsecond timestamps, most arrays absent).
const DOC_ACCESS_GRANT: &str = r#"{
  "access_grant_id": "ef83cca9-5fdf-4ac2-93f3-c21c5a8be54b",
  "access_method_ids": ["a1b2c3d4-e5f6-4a3b-2c1d-0e9f8a7b6c5d"],
  "created_at": "2025-06-16T16:54:17.946606Z",
  "display_name": "My Access Grant",
  "ends_at": "2025-06-18T16:54:17.946606Z",
  "requested_access_methods": [
    {
      "display_name": "PIN Code Credential",
      "mode": "code",
      "created_at": "2025-06-16T16:54:17.946606Z",
      "created_access_method_ids": ["a1b2c3d4-e5f6-4a3b-2c1d-0e9f8a7b6c5d"]
    }
  ],
  "starts_at": "2025-06-16T16:54:17.946606Z",
  "user_identity_id": "e3d736c1-540d-4d10-83e5-9a4e135453b4",
  "workspace_id": "750fc0bc-4450-4356-8d9f-18c6a3a6b2c7"
}"#;

/// Prism's reply to `GET /access_grants/unmanaged/get`.
const PRISM_UNMANAGED_ACCESS_GRANT: &str = r#"{"access_grant":{"access_grant_id":"06592d69-d534-41e3-96af-9a85c3299bbd","access_method_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"created_at":"2019-08-24T14:15:22Z","display_name":"string","ends_at":"2019-08-24T14:15:22Z","errors":[{"created_at":"2019-08-24T14:15:22Z","error_code":"cannot_create_requested_access_methods","message":"string","missing_device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]}],"location_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"name":"string","pending_mutations":[{"created_at":"2019-08-24T14:15:22Z","from":{"device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]},"message":"string","mutation_code":"updating_spaces","to":{"common_code_key":"string","device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]}}],"requested_access_methods":[{"code":"string","created_access_method_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"created_at":"2019-08-24T14:15:22Z","display_name":"string","instant_key_max_use_count":1,"mode":"code"}],"reservation_key":"string","space_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"starts_at":"2019-08-24T14:15:22Z","user_identity_id":"018d0dd9-2324-490b-9a44-c18b2f799efe","warnings":[{"created_at":"2019-08-24T14:15:22Z","message":"string","warning_code":"being_deleted"}],"workspace_id":"0967198e-ec7b-4c6b-b4d3-f71244cadbe9"},"ok":true}"#;

/// Prism's reply to `GET /access_methods/get`.
const PRISM_ACCESS_METHOD: &str = r#"{"access_method":{"access_method_id":"b875bb6c-cdf3-4052-9b0b-9bc3a6b081d8","client_session_token":"string","code":"string","created_at":"2019-08-24T14:15:22Z","customization_profile_id":"ab4b94c1-56ca-483c-aa97-5bf6c06eb64a","display_name":"string","errors":[{"created_at":"2019-08-24T14:15:22Z","error_code":"failed_to_issue","message":"string"}],"instant_key_url":"http://example.com","is_assignment_required":true,"is_encoding_required":true,"is_issued":true,"is_ready_for_assignment":true,"is_ready_for_encoding":true,"issued_at":"2019-08-24T14:15:22Z","mode":"code","pending_mutations":[{"created_at":"2019-08-24T14:15:22Z","from":{"device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]},"message":"string","mutation_code":"provisioning_access","to":{"device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]}}],"warnings":[{"created_at":"2019-08-24T14:15:22Z","message":"string","warning_code":"being_deleted"}],"workspace_id":"0967198e-ec7b-4c6b-b4d3-f71244cadbe9"},"ok":true}"#;

/// A random reply of Prism (`-d`) to `GET /access_methods/get`: unknown
/// fields everywhere, nulls, 19th-century timestamps, `"ok": false`.
const PRISM_RANDOM_ACCESS_METHOD: &str = r#"{"access_method":{"access_method_id":"607cdb03-cbe5-9907-7cde-216dbc122502","client_session_token":"occaecat qui mollit","code":null,"created_at":"1898-11-28T10:21:46.0Z","customization_profile_id":"00cac0b9-90ab-fd63-8082-72ee83766022","display_name":"elit commodo ut","errors":[{"created_at":"1906-06-03T01:38:28.0Z","message":"exercitation consectetur dolor ut","error_code":"failed_to_issue","deserunt_8dd":34449034.51561475,"eaa":45947268,"inb7":false,"nisi_b":34278080},{"created_at":"1931-10-31T01:23:59.0Z","message":"laboris in","error_code":"failed_to_issue"}],"instant_key_url":"http://yKzkXRpKGSZPjJTkRbkvUG.dhbT1uA-4p3rWyY1D4dXKmQFFCTf","is_assignment_required":true,"is_encoding_required":false,"is_issued":false,"is_ready_for_assignment":true,"is_ready_for_encoding":true,"issued_at":null,"mode":"card","pending_mutations":[{"created_at":"1923-02-19T03:24:08.0Z","message":"ullamco","mutation_code":"revoking_access","from":{"device_ids":[],"laboris_5f6":-22638773.243163437,"nostrudc10":"ipsum incididunt laboris laborum voluptate","Duis_e82":94989430,"dolore178":false,"adad":48956051},"to":{"device_ids":["2259b42d-b4a8-be39-a943-cb64ff987498","c168ee67-ec47-3791-0c4d-122ed641a1fd"],"officia_2":90207557,"est1_1":true},"laborum16":-22131733.30357763}],"warnings":[],"workspace_id":"087b6c7d-9b86-270a-f0f2-dcf7f42cf680"},"ok":false}"#;

/// Prism's reply to `POST /access_methods/encode` (and `unlock_door`).
const PRISM_ACTION_ATTEMPT: &str = r#"{"action_attempt":{"action_attempt_id":"65d8ccc9-65fb-4c7f-898d-68779951c884","action_type":"LOCK_DOOR","error":null,"result":null,"status":"pending"},"ok":true}"#;

/// Action attempts as they resolve: with a result, or with an error.
const ACTION_ATTEMPTS_RESOLVED: [&str; 2] = [
    r#"{"action_attempt":{"action_attempt_id":"65d8ccc9-65fb-4c7f-898d-68779951c884","action_type":"ENCODE_CREDENTIAL","error":null,"result":{"acs_credential_id":"497f6eca-6276-4993-bfeb-53cbbbba6f08","is_issued":true},"status":"success"},"ok":true}"#,
    r#"{"action_attempt":{"action_attempt_id":"65d8ccc9-65fb-4c7f-898d-68779951c884","action_type":"UNLOCK_DOOR","error":{"type":"lock_timeout","message":"The lock did not respond"},"result":null,"status":"error"},"ok":true}"#,
];

/// One space of Prism's reply to `GET /access_grants/get_related`.
const PRISM_SPACE: &str = r#"{"acs_entrance_count":-3.402823669209385e+38,"created_at":"2019-08-24T14:15:22Z","customer_data":{"address":"string","default_checkin_time":"string","default_checkout_time":"string","time_zone":"string","property1":"string","property2":"string"},"customer_key":"string","device_count":-3.402823669209385e+38,"display_name":"string","geolocation":{"latitude":-3.402823669209385e+38,"longitude":-3.402823669209385e+38},"name":"string","parent_space_id":"8ef2f869-ead8-4248-b1b3-7fae1b7be5d7","parent_space_key":"string","space_id":"22cc9270-58a2-4d80-a821-13400b6090e1","space_key":"string","workspace_id":"0967198e-ec7b-4c6b-b4d3-f71244cadbe9"}"#;

/// One instant key of Prism's reply to `GET /access_methods/get_related`.
const PRISM_INSTANT_KEY: &str = r#"{"client_session_id":"083e320e-e2e2-4a94-b5e1-abc028b960ab","created_at":"2019-08-24T14:15:22Z","customization":{"logo_url":"http://example.com","primary_color":"string","secondary_color":"string"},"customization_profile_id":"ab4b94c1-56ca-483c-aa97-5bf6c06eb64a","expires_at":"2019-08-24T14:15:22Z","instant_key_id":"06c14fcf-7760-41fb-af2e-b7ddc904a987","instant_key_url":"http://example.com","user_identity_id":"018d0dd9-2324-490b-9a44-c18b2f799efe","workspace_id":"0967198e-ec7b-4c6b-b4d3-f71244cadbe9"}"#;

/// The `pagination` object of Prism's list replies.
const PRISM_PAGINATION: &str =
    r#"{"has_next_page":true,"next_page_cursor":"string","next_page_url":"http://example.com"}"#;

/// Failure bodies: Seam's error objects of every kind the decoder tells
/// apart, and what proxies answer instead.
const ERROR_BODIES: &[&str] = &[
    r#"{"error":{"type":"invalid_input","message":"Invalid input","validation_errors":{"_errors":[],"requested_access_methods":{"_errors":[],"0":{"_errors":[],"code":{"_errors":["String must contain at least 4 character(s)","Must be digits"]}}},"user_identity_id":{"_errors":["Invalid uuid"]}},"request_id":"6e1d9a4b-3f5c-4b8e-9d2a-7c1b0e4f8a3d"},"ok":false}"#,
    r#"{"error":{"type":"access_grant_not_found","message":"Access grant not found","data":{"access_grant_id":"ef83cca9-5fdf-4ac2-93f3-c21c5a8be54b"}},"ok":false}"#,
    r#"{"error":{"type":"unauthorized","message":"Unauthorized"},"ok":false}"#,
    r#"{"error":{"type":"access_grant_key_taken","message":"An access grant with this key already exists","data":null},"ok":false}"#,
    r#"{"error":{"type":"rate_limited","message":"Too many requests","data":{"retry_after_seconds":1.5}},"ok":false}"#,
    r#"{"error":{"type":"internal_server_error","message":"Internal server error"},"ok":false}"#,
    "<html><head><title>502 Bad Gateway</title></head>\r\n<body><h1>502 Bad Gateway</h1></body></html>\r\n",
    "upstream connect error or disconnect/reset before headers. reset reason: overflow",
    "",
];

// # Endpoints

/// How an endpoint's successful reply is shaped; selects its seeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// `{"access_grant": {...}, "ok": true}`.
    AccessGrant,
    /// The same with an unmanaged access grant.
    UnmanagedAccessGrant,
    /// `{"access_method": {...}, "ok": true}`.
    AccessMethod,
    /// The same with an unmanaged access method.
    UnmanagedAccessMethod,
    /// `{"access_grants": [...], "pagination": {...}, "ok": true}`, whole.
    AccessGrantPage,
    /// The same with unmanaged access grants.
    UnmanagedAccessGrantPage,
    /// `{"access_methods": [...], "ok": true}`.
    AccessMethodList,
    /// The same with unmanaged access methods.
    UnmanagedAccessMethodList,
    /// `{"batch": {"access_methods": [...], "spaces": [...], ...}}`.
    GrantBatch,
    /// `{"batch": {"access_grants": [...], "access_methods": [...], ...}}`.
    MethodBatch,
    /// `{"action_attempt": {...}, "ok": true}`.
    ActionAttempt,
    /// `{"ok": true}`, not read.
    Unit,
}

impl Shape {
    const ALL: [Shape; 12] = [
        Shape::AccessGrant,
        Shape::UnmanagedAccessGrant,
        Shape::AccessMethod,
        Shape::UnmanagedAccessMethod,
        Shape::AccessGrantPage,
        Shape::UnmanagedAccessGrantPage,
        Shape::AccessMethodList,
        Shape::UnmanagedAccessMethodList,
        Shape::GrantBatch,
        Shape::MethodBatch,
        Shape::ActionAttempt,
        Shape::Unit,
    ];

    /// The top-level key holding the response, where there is one.
    fn key(self) -> Option<&'static str> {
        match self {
            Shape::AccessGrant | Shape::UnmanagedAccessGrant => Some("access_grant"),
            Shape::AccessMethod | Shape::UnmanagedAccessMethod => Some("access_method"),
            Shape::AccessGrantPage | Shape::UnmanagedAccessGrantPage => Some("access_grants"),
            Shape::AccessMethodList | Shape::UnmanagedAccessMethodList => Some("access_methods"),
            Shape::GrantBatch | Shape::MethodBatch => Some("batch"),
            Shape::ActionAttempt => Some("action_attempt"),
            Shape::Unit => None,
        }
    }
}

/// What decoding one reply gave: `Ok(None)` for a sound response,
/// `Ok(Some(problem))` for a response that breaks a property, or the error.
type Decoded = Result<Option<String>, Error>;

/// An endpoint type under test.
struct Target {
    /// The endpoint type's name.
    name: &'static str,
    /// The shape of its successful replies.
    shape: Shape,
    /// [`decode`] for this endpoint type.
    decode: fn(u16, Option<&str>, &[u8]) -> Decoded,
    /// [`same_response`] for this endpoint type.
    same_response: fn(&str, &str) -> bool,
}

/// A [`Target`] for an endpoint type (a name in scope).
macro_rules! target {
    ($endpoint:ident, $shape:ident) => {
        Target {
            name: stringify!($endpoint),
            shape: Shape::$shape,
            decode: decode::<$endpoint>,
            same_response: same_response::<$endpoint>,
        }
    };
}

/// Every endpoint type of `access_grants` and `access_methods`.
const TARGETS: [Target; 19] = [
    target!(CreateAccessGrant, AccessGrant),
    target!(GetAccessGrant, AccessGrant),
    target!(RequestAccessMethods, AccessGrant),
    target!(ListAccessGrants, AccessGrantPage),
    target!(UpdateAccessGrant, Unit),
    target!(DeleteAccessGrant, Unit),
    target!(GetRelatedAccessGrants, GrantBatch),
    target!(GetUnmanagedAccessGrant, UnmanagedAccessGrant),
    target!(ListUnmanagedAccessGrants, UnmanagedAccessGrantPage),
    target!(UpdateUnmanagedAccessGrant, Unit),
    target!(GetAccessMethod, AccessMethod),
    target!(ListAccessMethods, AccessMethodList),
    target!(GetRelatedAccessMethods, MethodBatch),
    target!(DeleteAccessMethod, Unit),
    target!(AssignCard, ActionAttempt),
    target!(Encode, ActionAttempt),
    target!(UnlockDoor, ActionAttempt),
    target!(GetUnmanagedAccessMethod, UnmanagedAccessMethod),
    target!(ListUnmanagedAccessMethods, UnmanagedAccessMethodList),
];

/// Decodes a reply as endpoint `E`, formats the response with `Debug` and
/// checks that it survives a trip through its own `Serialize` (unknown
/// tags, values and fields are kept).
fn decode<E: Endpoint>(status: u16, request_id: Option<&str>, body: &[u8]) -> Decoded
where
    E::Response: Debug + Serialize + PartialEq,
{
    let response = decode_response::<E>(status, request_id, body)?;
    write!(std::io::sink(), "{response:?}").expect("writing to a sink");
    let again = serde_json::to_value(&response).and_then(serde_json::from_value::<E::Response>);
    Ok(match again {
        Ok(again) if again == response => None,
        Ok(again) => Some(format!(
            "round trip changed the response: {response:?} became {again:?}"
        )),
        Err(e) => Some(format!("round trip failed: {e}")),
    })
}

/// Whether two 200 replies decode, as endpoint `E`, into equal responses.
fn same_response<E: Endpoint>(a: &str, b: &str) -> bool
where
    E::Response: Debug + PartialEq,
{
    let decode = |body: &str| {
        decode_response::<E>(200, None, body.as_bytes())
            .unwrap_or_else(|e| panic!("{body} did not decode: {e}"))
    };
    decode(a) == decode(b)
}

/// The name of an error's kind.
fn kind(error: &Error) -> &'static str {
    match error {
        Error::Api(_) => "Api",
        Error::Unauthorized(_) => "Unauthorized",
        Error::InvalidInput(_) => "InvalidInput",
        Error::Http(_) => "Http",
        Error::Decode(_) => "Decode",
        Error::Transport(_) => "Transport",
        Error::InvalidParameter(_) => "InvalidParameter",
        _ => "other",
    }
}

/// Exercises every accessor and formatter of an error from a reply with this
/// status and request id, and checks that they agree with the reply: the
/// right kind for the status, the status and request id in `Display`, a
/// Seam error type where Seam gave one, a one-line snippet for HTTP errors.
fn check_error(error: &Error, status: u16, request_id: Option<&str>) -> Result<(), String> {
    let display = error.to_string();
    let debug = format!("{error:?}");
    let (code, message) = (error.code(), error.message());
    let mut source = std::error::Error::source(error);
    for _ in 0..16 {
        let Some(inner) = source else { break };
        let _ = inner.to_string();
        source = inner.source();
    }
    let expected = match status {
        200..=299 => &["Decode"][..],
        401 => &["Unauthorized"][..],
        _ => &["Api", "InvalidInput", "Http"][..],
    };
    let mut problems = Vec::new();
    if !expected.contains(&kind(error)) {
        problems.push(format!("a {} error for status {status}", kind(error)));
    }
    if error.status() != Some(status) {
        problems.push(format!("status() is {:?}", error.status()));
    }
    if error.request_id() != request_id {
        problems.push(format!("request_id() is {:?}", error.request_id()));
    }
    if !display.contains(&status.to_string()) {
        problems.push("Display lacks the status".into());
    }
    if let Some(id) = request_id
        && !display.contains(id)
    {
        problems.push("Display lacks the request id".into());
    }
    if debug.is_empty() {
        problems.push("empty Debug".into());
    }
    match error {
        Error::Api(_) | Error::Unauthorized(_) | Error::InvalidInput(_) if code.is_none() => {
            problems.push("no code()".into());
        }
        Error::Http(_) if message.contains('\n') || message.chars().count() > 201 => {
            problems.push(format!("snippet not one short line: {message:?}"));
        }
        _ => {}
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{} ({display})", problems.join(", ")))
    }
}

// # Random numbers

/// SplitMix64: small, fast and deterministic.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// `true` with probability `percent`%.
    fn percent(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One item of a non-empty slice.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index drawn according to `weights`.
    fn weighted(&mut self, weights: &[usize]) -> usize {
        let mut roll = self.below(weights.iter().sum());
        for (i, &w) in weights.iter().enumerate() {
            if roll < w {
                return i;
            }
            roll -= w;
        }
        unreachable!("the roll is below the sum of the weights")
    }
}

/// The run's seed: `SEAMAPI_FUZZ_SEED` (decimal or `0x` hex) or the default.
fn run_seed() -> u64 {
    match std::env::var("SEAMAPI_FUZZ_SEED") {
        Ok(text) => {
            let text = text.trim();
            let parsed = match text.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16),
                None => text.parse(),
            };
            parsed.unwrap_or_else(|_| panic!("SEAMAPI_FUZZ_SEED={text:?} is not a u64"))
        }
        Err(_) => DEFAULT_SEED,
    }
}

/// How many replies to decode: `SEAMAPI_FUZZ_ITERATIONS`, at least
/// [`MIN_ITERATIONS`].
fn run_iterations() -> u64 {
    std::env::var("SEAMAPI_FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .map_or(MIN_ITERATIONS, |n: u64| n.max(MIN_ITERATIONS))
}

// # Corpus

/// The seeds, as text and parsed, by shape.
struct Corpus {
    /// Successful bodies, indexed like [`Shape::ALL`].
    ok: Vec<Vec<String>>,
    /// The same, parsed (the unit shape's empty body left out).
    ok_values: Vec<Vec<Value>>,
    /// Failure bodies.
    errors: Vec<String>,
    /// The failure bodies that are JSON, parsed.
    error_values: Vec<Value>,
    /// Every body, for splicing.
    all: Vec<String>,
}

/// The corpus every generator starts from, built once.
static CORPUS: LazyLock<Corpus> = LazyLock::new(Corpus::new);

impl Corpus {
    fn new() -> Corpus {
        let parse = |text: &str| -> Value { serde_json::from_str(text).expect("a valid seed") };
        let grant = parse(PRISM_ACCESS_GRANT)["access_grant"].take();
        let doc_grant = parse(DOC_ACCESS_GRANT);
        let unmanaged_grant = parse(PRISM_UNMANAGED_ACCESS_GRANT)["access_grant"].take();
        let method = parse(PRISM_ACCESS_METHOD)["access_method"].take();
        let random_method = parse(PRISM_RANDOM_ACCESS_METHOD)["access_method"].take();
        let unmanaged = |method: &Value| {
            let mut method = method.clone();
            let fields = method.as_object_mut().expect("an object");
            for managed_only in [
                "client_session_token",
                "customization_profile_id",
                "instant_key_url",
            ] {
                fields.remove(managed_only);
            }
            method
        };
        let (unmanaged_method, random_unmanaged_method) =
            (unmanaged(&method), unmanaged(&random_method));
        let space = parse(PRISM_SPACE);
        let instant_key = parse(PRISM_INSTANT_KEY);
        let pagination = parse(PRISM_PAGINATION);
        let last_page =
            json!({"has_next_page": false, "next_page_cursor": null, "next_page_url": null});

        let by_shape = |shape: Shape| -> Vec<Value> {
            match shape {
                Shape::AccessGrant => vec![
                    parse(PRISM_ACCESS_GRANT),
                    json!({"access_grant": doc_grant, "ok": true}),
                ],
                Shape::UnmanagedAccessGrant => vec![parse(PRISM_UNMANAGED_ACCESS_GRANT)],
                Shape::AccessMethod => vec![
                    parse(PRISM_ACCESS_METHOD),
                    parse(PRISM_RANDOM_ACCESS_METHOD),
                ],
                Shape::UnmanagedAccessMethod => vec![
                    json!({"access_method": unmanaged_method, "ok": true}),
                    json!({"access_method": random_unmanaged_method, "ok": false}),
                ],
                Shape::AccessGrantPage => vec![
                    json!({"access_grants": [grant], "ok": true, "pagination": pagination}),
                    json!({"access_grants": [doc_grant, grant], "ok": true, "pagination": last_page}),
                    json!({"access_grants": [], "ok": true}),
                ],
                Shape::UnmanagedAccessGrantPage => vec![
                    json!({"access_grants": [unmanaged_grant], "ok": true, "pagination": pagination}),
                    json!({"access_grants": [], "ok": true, "pagination": last_page}),
                ],
                Shape::AccessMethodList => vec![
                    json!({"access_methods": [method], "ok": true}),
                    json!({"access_methods": [random_method, method], "ok": true}),
                ],
                Shape::UnmanagedAccessMethodList => vec![
                    json!({"access_methods": [unmanaged_method, random_unmanaged_method], "ok": true}),
                    json!({"access_methods": [], "ok": true}),
                ],
                Shape::GrantBatch => vec![
                    json!({"batch": {"access_methods": [method], "spaces": [space]}, "ok": true}),
                    json!({"batch": {"access_methods": [random_method], "devices": []}, "ok": true}),
                ],
                Shape::MethodBatch => vec![
                    json!({"batch": {"access_grants": [grant], "access_methods": [method],
                                     "instant_keys": [instant_key]}, "ok": true}),
                    json!({"batch": {"access_grants": [doc_grant], "spaces": [space]}, "ok": true}),
                ],
                Shape::ActionAttempt => std::iter::once(PRISM_ACTION_ATTEMPT)
                    .chain(ACTION_ATTEMPTS_RESOLVED)
                    .map(parse)
                    .collect(),
                Shape::Unit => vec![json!({"ok": true})],
            }
        };

        let ok_values: Vec<Vec<Value>> = Shape::ALL.iter().map(|&s| by_shape(s)).collect();
        let mut ok: Vec<Vec<String>> = ok_values
            .iter()
            .map(|values| values.iter().map(Value::to_string).collect())
            .collect();
        // Keep the seeds that are Prism's very bytes, and the empty body of a
        // unit reply (Seam sends `{"ok":true}`, a proxy may send nothing).
        ok[Shape::AccessGrant as usize][0] = PRISM_ACCESS_GRANT.to_owned();
        ok[Shape::AccessGrant as usize][1] =
            format!("{{\"access_grant\": {DOC_ACCESS_GRANT}, \"ok\": true}}");
        ok[Shape::UnmanagedAccessGrant as usize][0] = PRISM_UNMANAGED_ACCESS_GRANT.to_owned();
        ok[Shape::AccessMethod as usize][0] = PRISM_ACCESS_METHOD.to_owned();
        ok[Shape::AccessMethod as usize][1] = PRISM_RANDOM_ACCESS_METHOD.to_owned();
        ok[Shape::Unit as usize].push(String::new());

        let errors: Vec<String> = ERROR_BODIES.iter().map(|&b| b.to_owned()).collect();
        let error_values = errors
            .iter()
            .filter_map(|b| serde_json::from_str(b).ok())
            .collect();
        let all = ok.iter().flatten().chain(&errors).cloned().collect();
        Corpus {
            ok,
            ok_values,
            errors,
            error_values,
            all,
        }
    }

    /// The successful bodies of a shape.
    fn ok_bodies(&self, shape: Shape) -> &[String] {
        &self.ok[shape as usize]
    }

    /// The parsed successful bodies of a shape.
    fn ok_values(&self, shape: Shape) -> &[Value] {
        &self.ok_values[shape as usize]
    }
}

// # Interesting values

/// A string that [`Emitter`] writes verbatim instead of as a JSON string:
/// how structure mutations place tokens a `Value` cannot hold.
const RAW: &str = "\u{1}raw:";

/// Tokens that are not valid JSON values of their own, or that a `Value`
/// cannot represent.
const RAW_TOKENS: &[&str] = &[
    "1e999",
    "-1e999",
    "-9223372036854775809",
    "18446744073709551616",
    "-0",
    "-0.0e-0",
    "1.0e-400",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\udc00\\ud800\"",
    "\"\\uD83D\\uDE00\"",
    "\"a\\/b\\\\c\\\"d\\b\\f\\n\\r\\t\"",
    "NaN",
    "Infinity",
    "undefined",
    "'single'",
    "\"unterminated",
    "[1,]",
    "{\"a\":1,}",
    "0x10",
    "01",
    ".5",
    "+1",
];

/// JSON-ish tokens inserted by byte mutations.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "false",
    "-0",
    "1e999",
    "-9223372036854775809",
    "18446744073709551616",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\\",
    "\\u",
    "\"\"",
    "{}",
    "[]",
    "\"ok\":true,",
    "\"access_grant\":",
    "\"error\":",
    ",\"a\":1",
    "\u{feff}",
    " ",
    "\n",
    "\t",
    "\0",
    "é",
    "😀",
    "\"access_grant\":{},",
];

/// Byte sequences that are not UTF-8.
const INVALID_UTF8: &[&[u8]] = &[
    b"\xff",
    b"\xfe\xff",
    b"\x80",
    b"\xc0\x80",
    b"\xc3",
    b"\xe2\x82",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\xf8\x88\x80\x80\x80",
];

/// Bytes a mutation writes over another.
const INTERESTING_BYTES: &[u8] = b"{}[]\",:\\ \n\t0123456789-+.eEtfnu\x00\x7f\x80\xff\xc3";

/// Keys of the tagged unions and string enums of the models (and of Seam's
/// error object).
const TAG_KEYS: &[&str] = &[
    "error_code",
    "warning_code",
    "mutation_code",
    "mode",
    "reason",
    "type",
];

/// Known tags and enum values of every union and enum, to put in the wrong
/// place.
const KNOWN_TAGS: &[&str] = &[
    "cannot_create_requested_access_methods",
    "being_deleted",
    "underprovisioned_access",
    "overprovisioned_access",
    "updating_access_times",
    "requested_code_unavailable",
    "device_does_not_support_access_codes",
    "device_time_constraints_violated",
    "updating_spaces",
    "failed_to_issue",
    "pulled_backup_access_code",
    "delay_in_issuing",
    "provisioning_access",
    "revoking_access",
    "code",
    "card",
    "mobile_key",
    "cloud_key",
    "duration_exceeds_max",
    "times_do_not_match_slots",
    "ongoing_not_supported",
    "invalid_input",
    "unauthorized",
];

/// Field names of the models, for random objects and added keys.
const FIELD_NAMES: &[&str] = &[
    "access_grant",
    "access_grants",
    "access_method",
    "access_methods",
    "batch",
    "ok",
    "pagination",
    "error",
    "message",
    "data",
    "validation_errors",
    "_errors",
    "access_grant_id",
    "access_method_id",
    "created_at",
    "starts_at",
    "ends_at",
    "display_name",
    "workspace_id",
    "user_identity_id",
    "is_issued",
    "errors",
    "warnings",
    "pending_mutations",
    "requested_access_methods",
    "device_ids",
    "from",
    "to",
    "has_next_page",
    "next_page_cursor",
    "spaces",
    "error_code",
    "warning_code",
    "mutation_code",
    "mode",
    "type",
    "zz_unknown",
    "",
    "é",
];

/// Timestamps that do not parse.
const BAD_TIMESTAMPS: &[&str] = &[
    "2025-13-40T99:99:99Z",
    "",
    "2025-06-16T16:54:17.9466061234Z",
    "+999999-01-01T00:00:00Z",
    "-999999-01-01T00:00:00Z",
    "2025-06-16",
    "2025-06-16T16:54:17",
    "2025-02-30T00:00:00Z",
    "2025-06-16T24:00:01Z",
    "2025-06-16T16:54:60.5Z",
    "16:54:17Z",
    "1750092857",
    "2025-06-16T16:54:17+99:00",
    "2025-06-16T16:54:17.Z",
    "9999999999999999999-01-01T00:00:00Z",
    "now",
];

/// Timestamps that parse, in unusual forms.
const GOOD_TIMESTAMPS: &[&str] = &[
    "2025-06-16T16:54:17.946606Z",
    "2025-06-16T16:54:17.946606123Z",
    "2025-06-16T16:54:17Z",
    "2025-06-16T16:54:17+02:00",
    "2025-06-16t16:54:17z",
    "2025-06-16 16:54:17Z",
    "1970-01-01T00:00:00Z",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999Z",
    "-009999-01-02T00:00:00Z",
    "2016-12-31T23:59:60Z",
];

/// Identifiers that are not UUIDs.
const BAD_UUIDS: &[&str] = &[
    "",
    "not-a-uuid",
    "06592d69-d534-41e3-96af-9a85c3299bb",
    "06592d69-d534-41e3-96af-9a85c3299bbdd",
    "06592d69-d534-41e3-96af-9a85c3299bbg",
    "06592d69d534-41e3-96af-9a85c3299bbd-",
    "{06592d69-d534-41e3-96af-9a85c3299bbd",
    "06592d69-d534-41e3-96af-9a85c3299bbd ",
    "urn:uuid:",
    "06592d69-d534-41e3-96af-9a85c3299bé",
];

/// UUIDs that parse, in unusual forms.
const GOOD_UUIDS: &[&str] = &[
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "06592D69-D534-41E3-96AF-9A85C3299BBD",
    "06592d69d53441e396af9a85c3299bbd",
    "{06592d69-d534-41e3-96af-9a85c3299bbd}",
    "urn:uuid:06592d69-d534-41e3-96af-9a85c3299bbd",
];

/// Strings with a twist.
fn weird_string(rng: &mut Rng) -> String {
    match rng.below(9) {
        0 => String::new(),
        1 => "é😀\u{0}\u{1f}\u{7f}\u{feff}\u{10ffff}".into(),
        2 => "x".repeat(rng.between(500, 4_000)),
        3 => "😀".repeat(rng.between(50, 500)),
        4 => "line\nbreak\r\n\ttab \"quoted\" \\back".into(),
        5 => rng.pick(KNOWN_TAGS).to_string(),
        6 => rng.pick(BAD_TIMESTAMPS).to_string(),
        7 => rng.pick(BAD_UUIDS).to_string(),
        _ => random_ascii(rng, 12),
    }
}

/// A short random string of printable ASCII and a few other characters.
fn random_ascii(rng: &mut Rng, max_len: usize) -> String {
    const CHARS: &[char] = &[
        'a', 'b', 'z', '_', '-', '0', '9', ' ', '"', '\\', '/', '.', 'é', '\u{0}', '\n', '😀',
    ];
    (0..rng.below(max_len + 1))
        .map(|_| *rng.pick(CHARS))
        .collect()
}

/// A value of any type with an edge: extreme numbers, odd strings, empty
/// containers, raw tokens.
fn weird_value(rng: &mut Rng) -> Value {
    match rng.below(20) {
        0 => Value::Null,
        1 => Value::Bool(rng.percent(50)),
        2 => json!(i64::MIN),
        3 => json!(i64::MAX),
        4 => json!(u64::MAX),
        5 => json!(0),
        6 => json!(-1),
        7 => json!(*rng.pick(&[0.5, -0.0, 1e-300, f64::MAX, f64::MIN, 3.4e38, 1e21])),
        8 => json!([]),
        9 => json!({}),
        10 | 11 => Value::String(weird_string(rng)),
        12 => Value::String(rng.pick(GOOD_TIMESTAMPS).to_string()),
        13 => Value::String(rng.pick(GOOD_UUIDS).to_string()),
        14 | 15 => Value::String(format!("{RAW}{}", rng.pick(RAW_TOKENS))),
        16 => json!([Value::Null, 1, "x", {"a": []}]),
        17 => json!({"error_code": "x", "message": 1}),
        _ => random_value(rng, 3),
    }
}

/// A random JSON value, at most `depth` containers deep.
fn random_value(rng: &mut Rng, depth: usize) -> Value {
    let kinds = if depth == 0 { 5 } else { 7 };
    match rng.below(kinds) {
        0 => Value::Null,
        1 => Value::Bool(rng.percent(50)),
        2 => match rng.below(3) {
            0 => json!(rng.next_u64() as i64),
            1 => json!(rng.below(1000)),
            _ => json!(f64::from_bits(rng.next_u64())),
        },
        3 => Value::String(random_ascii(rng, 16)),
        4 => Value::String(rng.pick(FIELD_NAMES).to_string()),
        5 => Value::Array(
            (0..rng.below(5))
                .map(|_| random_value(rng, depth - 1))
                .collect(),
        ),
        _ => Value::Object(
            (0..rng.below(5))
                .map(|_| {
                    let key = if rng.percent(70) {
                        rng.pick(FIELD_NAMES).to_string()
                    } else {
                        random_ascii(rng, 8)
                    };
                    (key, random_value(rng, depth - 1))
                })
                .collect(),
        ),
    }
}

/// An object of these entries. Unlike `json!`, moves the values in rather
/// than serializing them again (which costs quadratic time when nesting).
fn object<const N: usize>(entries: [(&str, Value); N]) -> Value {
    Value::Object(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

// # Byte-level mutations

/// Applies one to four byte-level mutations to `body`.
fn mutate_bytes(rng: &mut Rng, corpus: &Corpus, body: &mut Vec<u8>) {
    for _ in 0..rng.between(1, 4) {
        let len = body.len();
        let at = rng.below(len + 1);
        match rng.below(10) {
            0 if len > 0 => body[at.min(len - 1)] ^= 1 << rng.below(8),
            1 if len > 0 => body[at.min(len - 1)] = *rng.pick(INTERESTING_BYTES),
            2 if len > 0 => {
                let end = (at + rng.between(1, 64)).min(len);
                body.drain(at.min(end)..end);
            }
            3 if len > 0 => {
                let start = rng.below(len);
                let end = (start + rng.between(1, 256)).min(len);
                let chunk = body[start..end].to_vec();
                body.splice(at..at, chunk);
            }
            4 | 5 => {
                body.splice(at..at, rng.pick(TOKENS).bytes());
            }
            6 => body.truncate(at),
            7 => {
                body.splice(at..at, rng.pick(INVALID_UTF8).iter().copied());
            }
            8 => {
                let other = rng.pick(&corpus.all).as_bytes();
                if !other.is_empty() {
                    let start = rng.below(other.len());
                    let end = (start + rng.between(1, 512)).min(other.len());
                    body.splice(at..at, other[start..end].iter().copied());
                }
            }
            _ => {
                // Replace a digit run or a whole string with a token.
                if let Some(i) = (at..len).find(|&i| body[i].is_ascii_digit() || body[i] == b'"') {
                    let end = (i + 1..len)
                        .find(|&j| !body[j].is_ascii_alphanumeric() && body[j] != b'-')
                        .unwrap_or(len);
                    body.splice(i..end, rng.pick(TOKENS).bytes());
                }
            }
        }
    }
}

// # Structure-level mutations

/// Whether a node belongs to a mutation's selection, given the key it sits
/// under (array items inherit their array's key) and its value.
type Selector = fn(Option<&str>, &Value) -> bool;

/// How many nodes `selects`.
fn count(value: &Value, key: Option<&str>, selects: Selector) -> usize {
    let own = usize::from(selects(key, value));
    own + match value {
        Value::Array(items) => items.iter().map(|v| count(v, key, selects)).sum(),
        Value::Object(fields) => fields.iter().map(|(k, v)| count(v, Some(k), selects)).sum(),
        _ => 0,
    }
}

/// The `n`-th node (pre-order, counting from 0) that `selects`.
fn nth<'a>(
    value: &'a mut Value,
    key: Option<&str>,
    selects: Selector,
    n: &mut usize,
) -> Option<&'a mut Value> {
    if selects(key, value) {
        if *n == 0 {
            return Some(value);
        }
        *n -= 1;
    }
    match value {
        Value::Array(items) => items.iter_mut().find_map(|v| nth(v, key, selects, n)),
        Value::Object(fields) => fields
            .iter_mut()
            .find_map(|(k, v)| nth(v, Some(k.as_str()), selects, n)),
        _ => None,
    }
}

/// A random node that `selects`, if there is one.
fn pick_node<'a>(rng: &mut Rng, root: &'a mut Value, selects: Selector) -> Option<&'a mut Value> {
    let total = count(root, None, selects);
    if total == 0 {
        return None;
    }
    let mut n = rng.below(total);
    nth(root, None, selects, &mut n)
}

/// Selects every node.
fn any_node(_: Option<&str>, _: &Value) -> bool {
    true
}

/// Selects objects.
fn object_node(_: Option<&str>, value: &Value) -> bool {
    value.is_object()
}

/// Selects arrays.
fn array_node(_: Option<&str>, value: &Value) -> bool {
    value.is_array()
}

/// Selects the values of tags and string enums.
fn tag_node(key: Option<&str>, value: &Value) -> bool {
    key.is_some_and(|k| TAG_KEYS.contains(&k)) && !value.is_object()
}

/// Selects timestamps.
fn timestamp_node(key: Option<&str>, value: &Value) -> bool {
    key.is_some_and(|k| k.ends_with("_at")) && value.is_string()
}

/// Selects identifiers.
fn id_node(key: Option<&str>, value: &Value) -> bool {
    key.is_some_and(|k| k.ends_with("_id") || k.ends_with("_ids")) && value.is_string()
}

/// Selects numbers and booleans.
fn scalar_node(_: Option<&str>, value: &Value) -> bool {
    value.is_number() || value.is_boolean()
}

/// Applies one to three structure-level mutations to `root`.
fn mutate_structure(rng: &mut Rng, corpus: &Corpus, root: &mut Value) {
    for _ in 0..rng.between(1, 3) {
        match rng.below(13) {
            0 | 1 => {
                let replacement = weird_value(rng);
                if let Some(node) = pick_node(rng, root, any_node) {
                    *node = replacement;
                }
            }
            2 | 3 => {
                if let Some(Value::Object(fields)) = pick_node(rng, root, object_node)
                    && !fields.is_empty()
                {
                    let key = fields.keys().nth(rng.below(fields.len())).cloned();
                    fields.remove(&key.expect("a key of a non-empty object"));
                }
            }
            4 => {
                let key = if rng.percent(50) {
                    rng.pick(FIELD_NAMES).to_string()
                } else {
                    format!("zz_future_{}", random_ascii(rng, 6))
                };
                let value = if rng.percent(50) {
                    weird_value(rng)
                } else {
                    random_value(rng, 3)
                };
                if let Some(Value::Object(fields)) = pick_node(rng, root, object_node) {
                    fields.insert(key, value);
                }
            }
            5 | 6 => {
                let tag = match rng.below(4) {
                    0 => Value::String(rng.pick(KNOWN_TAGS).to_string()),
                    1 => Value::String(random_ascii(rng, 24)),
                    2 => Value::String(weird_string(rng)),
                    _ => weird_value(rng),
                };
                if let Some(node) = pick_node(rng, root, tag_node) {
                    *node = tag;
                }
            }
            7 => {
                let list = if rng.percent(60) {
                    BAD_TIMESTAMPS
                } else {
                    GOOD_TIMESTAMPS
                };
                let stamp = Value::String(rng.pick(list).to_string());
                if let Some(node) = pick_node(rng, root, timestamp_node) {
                    *node = stamp;
                }
            }
            8 => {
                let list = if rng.percent(60) {
                    BAD_UUIDS
                } else {
                    GOOD_UUIDS
                };
                let id = Value::String(rng.pick(list).to_string());
                if let Some(node) = pick_node(rng, root, id_node) {
                    *node = id;
                }
            }
            9 => {
                // Deep nesting: usually within serde_json's limit of 128,
                // sometimes well beyond it.
                let depth = if rng.percent(70) {
                    rng.between(1, 127)
                } else {
                    rng.between(128, 400)
                };
                let in_objects = rng.percent(50);
                let at_root = rng.percent(20);
                let node = if at_root {
                    Some(&mut *root)
                } else {
                    pick_node(rng, root, any_node)
                };
                if let Some(node) = node {
                    let mut nested = node.take();
                    for _ in 0..depth {
                        nested = if in_objects {
                            object([("a", nested)])
                        } else {
                            Value::Array(vec![nested])
                        };
                    }
                    *node = nested;
                }
            }
            10 => {
                // A very large array: copies of an item, or of small values.
                let filler = if rng.percent(50) {
                    weird_value(rng)
                } else {
                    Value::String(GOOD_UUIDS[0].into())
                };
                if let Some(Value::Array(items)) = pick_node(rng, root, array_node) {
                    let item = items.first().cloned().unwrap_or(filler);
                    // At most about LARGE_ARRAY_BYTES of JSON text.
                    let size = item.to_string().len().max(1);
                    let copies = rng.between(100, 5_000).min(LARGE_ARRAY_BYTES / size + 1);
                    items.extend(std::iter::repeat_n(item, copies));
                }
            }
            11 => {
                // Transplant a subtree of any seed: a method where a grant
                // goes, an error object in a success body, …
                let donors = if rng.percent(50) {
                    &corpus.error_values
                } else {
                    rng.pick(&corpus.ok_values)
                };
                if donors.is_empty() {
                    continue;
                }
                let mut donor = rng.pick(donors).clone();
                let graft = pick_node(rng, &mut donor, any_node).map(Value::take);
                if let (Some(graft), Some(node)) = (graft, pick_node(rng, root, any_node)) {
                    *node = graft;
                }
            }
            _ => {
                let replacement = match rng.below(3) {
                    0 => weird_value(rng),
                    1 => Value::String(format!("{RAW}{}", rng.pick(RAW_TOKENS))),
                    _ => Value::String(rng.pick(&["1", "true", "null", ""]).to_string()),
                };
                if let Some(node) = pick_node(rng, root, scalar_node) {
                    *node = replacement;
                }
            }
        }
    }
}

/// Writes a `Value` as JSON text, with optional twists: duplicate keys,
/// keys written as `\u` escapes, random whitespace. Strings starting with
/// [`RAW`] are written verbatim.
struct Emitter<'r> {
    rng: &'r mut Rng,
    /// Chance, in percent, that an object entry is written twice.
    duplicate_keys: usize,
    /// Whether keys are sometimes written as `\u` escapes.
    escape_keys: bool,
    /// Whether random whitespace goes between tokens.
    whitespace: bool,
    out: String,
}

impl Emitter<'_> {
    /// Writes `value` with the twists chosen at random.
    fn emit(rng: &mut Rng, value: &Value) -> String {
        let plain = rng.percent(40);
        let mut emitter = Emitter {
            duplicate_keys: if plain { 0 } else { rng.below(15) },
            escape_keys: !plain && rng.percent(20),
            whitespace: !plain && rng.percent(20),
            rng,
            out: String::new(),
        };
        emitter.value(value);
        emitter.out
    }

    fn space(&mut self) {
        if self.whitespace && self.rng.percent(30) {
            self.out.push(*self.rng.pick(&[' ', '\n', '\t', '\r']));
        }
    }

    fn value(&mut self, value: &Value) {
        self.space();
        match value {
            Value::String(s) if s.starts_with(RAW) => self.out.push_str(&s[RAW.len()..]),
            Value::String(s) => self.string(s),
            Value::Array(items) => {
                self.out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.value(item);
                }
                self.space();
                self.out.push(']');
            }
            Value::Object(fields) => {
                self.out.push('{');
                let mut first = true;
                for (key, item) in fields {
                    let times = if self.rng.percent(self.duplicate_keys) {
                        2
                    } else {
                        1
                    };
                    for time in 0..times {
                        if !first {
                            self.out.push(',');
                        }
                        first = false;
                        self.key(key);
                        self.out.push(':');
                        // A duplicate holds a small value: duplicating nested
                        // containers would grow the body exponentially.
                        let small = !item.is_array() && !item.is_object();
                        if time == 1 && !(small && self.rng.percent(50)) {
                            let other = weird_value(self.rng);
                            self.value(&other);
                        } else {
                            self.value(item);
                        }
                    }
                }
                self.space();
                self.out.push('}');
            }
            other => self.out.push_str(&other.to_string()),
        }
    }

    fn key(&mut self, key: &str) {
        self.space();
        if self.escape_keys && self.rng.percent(30) {
            self.out.push('"');
            for unit in key.encode_utf16() {
                write!(self.out, "\\u{unit:04x}").expect("writing to a String");
            }
            self.out.push('"');
        } else {
            self.string(key);
        }
        self.space();
    }

    /// Writes a JSON string (faster than serde_json in debug builds).
    fn string(&mut self, s: &str) {
        self.out.push('"');
        if s.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) {
            for c in s.chars() {
                match c {
                    '"' => self.out.push_str("\\\""),
                    '\\' => self.out.push_str("\\\\"),
                    '\n' => self.out.push_str("\\n"),
                    c if c < ' ' => {
                        write!(self.out, "\\u{:04x}", u32::from(c)).expect("writing to a String");
                    }
                    c => self.out.push(c),
                }
            }
        } else {
            self.out.push_str(s);
        }
        self.out.push('"');
    }
}

// # Generation

/// The generators, in the order of [`GENERATOR_WEIGHTS`].
const GENERATORS: [&str; 6] = [
    "seed",
    "bytes",
    "structure",
    "structure+bytes",
    "random-json",
    "random-bytes",
];

/// How often each generator is picked.
const GENERATOR_WEIGHTS: [usize; 6] = [4, 34, 38, 6, 12, 6];

/// Statuses of failures, as Seam and proxies send them.
const ERROR_STATUSES: [u16; 8] = [400, 401, 404, 409, 429, 500, 502, 503];

/// A random status: mostly 2xx, then Seam's failure statuses, then anything.
fn random_status(rng: &mut Rng) -> u16 {
    match rng.below(100) {
        0..=59 => 200,
        60..=67 => *rng.pick(&[201, 202, 204, 206, 299]),
        68..=93 => *rng.pick(&ERROR_STATUSES),
        94..=98 => rng.between(100, 599) as u16,
        _ => *rng.pick(&[0, 1, 199, 300, 304, 600, 999, u16::MAX]),
    }
}

/// A random request id, often none.
fn random_request_id(rng: &mut Rng) -> Option<String> {
    match rng.below(6) {
        0..=2 => None,
        3 => Some("req_3c90c3cc0d444b5088888dd25736052a".into()),
        4 => Some(String::new()),
        _ => Some(random_ascii(rng, 40)),
    }
}

/// A body for endpoints of this shape answering with this status, and the
/// generator that made it.
fn generate(rng: &mut Rng, corpus: &Corpus, shape: Shape, status: u16) -> (usize, Vec<u8>) {
    let success = (200..300).contains(&status);
    let (bodies, values): (&[String], &[Value]) = match rng.below(100) {
        0..=79 if success => (corpus.ok_bodies(shape), corpus.ok_values(shape)),
        0..=69 if !success => (&corpus.errors, &corpus.error_values),
        _ => {
            let shape = *rng.pick(&Shape::ALL);
            (corpus.ok_bodies(shape), corpus.ok_values(shape))
        }
    };
    let generator = rng.weighted(&GENERATOR_WEIGHTS);
    let body = match generator {
        0 => rng.pick(bodies).clone().into_bytes(),
        1 => {
            let mut body = rng.pick(bodies).clone().into_bytes();
            mutate_bytes(rng, corpus, &mut body);
            body
        }
        2 | 3 => {
            let mut value = if values.is_empty() {
                random_value(rng, 3)
            } else {
                rng.pick(values).clone()
            };
            mutate_structure(rng, corpus, &mut value);
            let mut body = Emitter::emit(rng, &value).into_bytes();
            if generator == 3 {
                mutate_bytes(rng, corpus, &mut body);
            }
            body
        }
        4 => {
            let value = random_value(rng, 5);
            let value = match (shape.key(), rng.percent(60)) {
                (Some(key), true) => object([(key, value), ("ok", Value::Bool(true))]),
                _ if !success && rng.percent(60) => {
                    object([("error", value), ("ok", Value::Bool(false))])
                }
                _ => value,
            };
            Emitter::emit(rng, &value).into_bytes()
        }
        _ => (0..rng.below(300)).map(|_| rng.next_u64() as u8).collect(),
    };
    (generator, body)
}

// # The run

/// A panic, or a response or error that breaks a property.
struct Failure {
    what: &'static str,
    seed: u64,
    worker: u64,
    iteration: u64,
    target: &'static str,
    status: u16,
    request_id: Option<String>,
    body: Vec<u8>,
    message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = &self.body[..self.body.len().min(REPORT_BODY_BYTES)];
        write!(
            f,
            "{} (seed {:#x}, worker {}, iteration {}): {} status {} request id {:?}: {}\n  body ({} bytes): {:?}",
            self.what,
            self.seed,
            self.worker,
            self.iteration,
            self.target,
            self.status,
            self.request_id,
            self.message,
            self.body.len(),
            String::from_utf8_lossy(shown),
        )
    }
}

/// What one worker saw.
#[derive(Default)]
struct Stats {
    iterations: u64,
    /// Results by kind: `Ok` or the error kind.
    outcomes: BTreeMap<&'static str, u64>,
    /// `[ok, err]` by target, indexed like [`TARGETS`].
    by_target: [[u64; 2]; TARGETS.len()],
    /// Replies by generator, indexed like [`GENERATORS`].
    by_generator: [u64; GENERATORS.len()],
    failures: Vec<Failure>,
}

impl Stats {
    fn merge(&mut self, other: Stats) {
        self.iterations += other.iterations;
        for (kind, n) in other.outcomes {
            *self.outcomes.entry(kind).or_default() += n;
        }
        for (mine, theirs) in self.by_target.iter_mut().zip(other.by_target) {
            mine[0] += theirs[0];
            mine[1] += theirs[1];
        }
        for (mine, theirs) in self.by_generator.iter_mut().zip(other.by_generator) {
            *mine += theirs;
        }
        self.failures.extend(other.failures);
    }
}

/// The text of a panic's payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(a panic payload that is not a string)".into())
}

/// Decodes one reply with the target, catching any panic.
fn run_one(
    target: &Target,
    status: u16,
    request_id: Option<&str>,
    body: &[u8],
) -> Result<Decoded, String> {
    panic::catch_unwind(AssertUnwindSafe(|| {
        let decoded = (target.decode)(status, request_id, body);
        // Formatting errors must not panic either: do it inside.
        if let Err(error) = &decoded
            && let Err(problem) = check_error(error, status, request_id)
        {
            return Ok(Some(problem));
        }
        decoded
    }))
    .map_err(|payload| panic_message(&*payload))
}

/// Runs `iterations` replies from this worker's random stream; `progress`
/// counts them as they go.
fn work(seed: u64, worker: u64, iterations: u64, progress: &AtomicU64) -> Stats {
    let corpus = &*CORPUS;
    let mut rng = Rng(seed ^ worker.wrapping_mul(0xA076_1D64_78BD_642F));
    let mut stats = Stats::default();
    for iteration in 0..iterations {
        let t = rng.below(TARGETS.len());
        let target = &TARGETS[t];
        let status = random_status(&mut rng);
        let request_id = random_request_id(&mut rng);
        let (generator, body) = generate(&mut rng, corpus, target.shape, status);
        stats.by_generator[generator] += 1;

        let failure = |what, message| Failure {
            what,
            seed,
            worker,
            iteration,
            target: target.name,
            status,
            request_id: request_id.clone(),
            body: body.clone(),
            message,
        };
        match run_one(target, status, request_id.as_deref(), &body) {
            Ok(Ok(None)) => {
                *stats.outcomes.entry("Ok").or_default() += 1;
                stats.by_target[t][0] += 1;
            }
            Ok(Ok(Some(problem))) => stats.failures.push(failure("property broken", problem)),
            Ok(Err(error)) => {
                *stats.outcomes.entry(kind(&error)).or_default() += 1;
                stats.by_target[t][1] += 1;
            }
            Err(message) => stats.failures.push(failure("PANIC", message)),
        }
        stats.iterations += 1;
        progress.fetch_add(1, Ordering::Relaxed);
        if stats.failures.len() >= MAX_FAILURES {
            break;
        }
    }
    stats
}

/// Shrinks a body that makes the target panic, by deleting chunks while it
/// still panics. Silences the panic hook meanwhile.
fn minimize(failure: &Failure) -> Vec<u8> {
    let target = TARGETS
        .iter()
        .find(|t| t.name == failure.target)
        .expect("a known target");
    let panics =
        |body: &[u8]| run_one(target, failure.status, failure.request_id.as_deref(), body).is_err();
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let mut body = failure.body.clone();
    let mut chunk = body.len().div_ceil(2).max(1);
    let mut attempts = 0;
    while chunk >= 1 && attempts < 5_000 {
        let mut at = 0;
        while at < body.len() && attempts < 5_000 {
            attempts += 1;
            let mut shorter = body.clone();
            shorter.drain(at..(at + chunk).min(body.len()));
            if panics(&shorter) {
                body = shorter;
            } else {
                at += chunk;
            }
        }
        if chunk == 1 {
            break;
        }
        chunk /= 2;
    }
    panic::set_hook(hook);
    body
}

/// The property test: see the [module documentation](self).
#[test]
fn fuzz_every_response_decoder() {
    let seed = run_seed();
    let iterations = run_iterations();
    println!("fuzz: seed {seed:#x} (SEAMAPI_FUZZ_SEED), {iterations} replies");
    LazyLock::force(&CORPUS);

    let started = Instant::now();
    let progress: &'static [AtomicU64] = Box::leak(
        (0..WORKERS)
            .map(|_| AtomicU64::new(0))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let workers: Vec<_> = (0..WORKERS)
        .map(|worker| {
            let share = iterations / WORKERS + u64::from(worker < iterations % WORKERS);
            thread::Builder::new()
                .name(format!("fuzz worker {worker} seed {seed:#x}"))
                .spawn(move || work(seed, worker, share, &progress[worker as usize]))
                .expect("spawning a worker")
        })
        .collect();

    // Watchdog: a decode that never returns stalls its worker's counter.
    let mut last = vec![0; progress.len()];
    let mut last_change = Instant::now();
    while workers.iter().any(|w| !w.is_finished()) {
        thread::sleep(Duration::from_millis(50));
        let now: Vec<u64> = progress.iter().map(|p| p.load(Ordering::Relaxed)).collect();
        if now != last {
            last = now;
            last_change = Instant::now();
        } else if last_change.elapsed() > STALL_LIMIT {
            panic!(
                "a decode hung: no progress for {STALL_LIMIT:?}; replies done per worker: \
                 {last:?} (seed {seed:#x}: the next iteration of a stalled worker hangs)"
            );
        }
    }
    let mut stats = Stats::default();
    for worker in workers {
        stats.merge(worker.join().expect("a worker does not panic"));
    }
    let elapsed = started.elapsed();

    if let Some(first) = stats.failures.first() {
        let mut report = String::new();
        for failure in &stats.failures {
            report.push_str(&format!("\n{failure}"));
        }
        if first.what == "PANIC" {
            let minimal = minimize(first);
            report.push_str(&format!(
                "\nminimal body for the first panic ({} bytes): {:?}",
                minimal.len(),
                String::from_utf8_lossy(&minimal)
            ));
        }
        panic!("{} failure(s):{report}", stats.failures.len());
    }

    let per_target: Vec<String> = TARGETS
        .iter()
        .zip(&stats.by_target)
        .map(|(t, [ok, err])| format!("{} {ok}/{err}", t.name))
        .collect();
    let per_generator: Vec<String> = GENERATORS
        .iter()
        .zip(stats.by_generator)
        .map(|(g, n)| format!("{g} {n}"))
        .collect();
    println!(
        "fuzz: {} replies in {elapsed:.2?}, no panic; outcomes {:?}; generators [{}]; ok/err by endpoint [{}]",
        stats.iterations,
        stats.outcomes,
        per_generator.join(", "),
        per_target.join(", "),
    );

    assert!(
        stats.iterations >= MIN_ITERATIONS,
        "only {} replies decoded",
        stats.iterations
    );
    for (target, [ok, err]) in TARGETS.iter().zip(&stats.by_target) {
        assert!(
            *ok > 0 && *err > 0,
            "{}: {ok} Ok and {err} Err: the run is vacuous",
            target.name
        );
    }
    for kind in [
        "Ok",
        "Api",
        "Unauthorized",
        "InvalidInput",
        "Http",
        "Decode",
    ] {
        assert!(
            stats.outcomes.get(kind).is_some_and(|&n| n > 0),
            "no {kind} outcome at all: {:?}",
            stats.outcomes
        );
    }
}

// # Targeted properties

/// Decodes a 200 reply as endpoint `E`, which must succeed.
fn decode_ok<E: Endpoint>(body: &str) -> E::Response {
    decode_response::<E>(200, Some("req_1"), body.as_bytes())
        .unwrap_or_else(|e| panic!("{body} did not decode: {e}"))
}

/// Decodes a 200 reply as endpoint `E`, dropping the response.
fn discard<E: Endpoint>(body: &[u8]) -> Result<(), Error> {
    decode_response::<E>(200, None, body).map(drop)
}

/// Adds unknown fields, holding a bit of everything, to every object in
/// `value` but raw JSON (an action attempt's `result`), which keeps them.
fn add_unknown_fields(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(add_unknown_fields),
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                if key != "result" {
                    add_unknown_fields(field);
                }
            }
            fields.insert(
                "zz_added_later".into(),
                json!({"nested": [1, -2.5, null, true, "x", {"deeper": []}], "mode": 7}),
            );
            fields.insert("zz_null".into(), Value::Null);
        }
        _ => {}
    }
}

/// Asserts that a value of a tagged union is its `Other` variant with this
/// tag, and returns the other fields.
macro_rules! assert_unknown_variant {
    ($union:ident, $value:expr, $tag:expr) => {
        match &$value {
            $union::Other(UnknownVariant { tag, fields }) => {
                assert_eq!(tag, $tag);
                assert_eq!($value.code(), $tag);
                fields.clone()
            }
            other => panic!("expected {}::Other, got {other:?}", stringify!($union)),
        }
    };
}

/// Asserts that a value of a string enum is its `Other` variant with this
/// value.
fn assert_unknown_value(value: &(impl Debug + ToString), expected: &str) {
    assert_eq!(format!("{value:?}"), format!("Other({expected:?})"));
    assert_eq!(value.to_string(), expected);
}

#[test]
fn seeds_decode() {
    let corpus = &*CORPUS;
    for target in &TARGETS {
        for body in corpus.ok_bodies(target.shape) {
            match (target.decode)(200, None, body.as_bytes()) {
                Ok(None) => {}
                other => panic!("{}: {body} gave {other:?}", target.name),
            }
        }
    }
    let doc = &corpus.ok_bodies(Shape::AccessGrant)[1];
    let grant = decode_ok::<GetAccessGrant>(doc);
    assert_eq!(grant.created_at.to_string(), "2025-06-16T16:54:17.946606Z");
    assert_eq!(grant.display_name, "My Access Grant");
    let resolved = decode_ok::<Encode>(&corpus.ok_bodies(Shape::ActionAttempt)[1]);
    assert!(matches!(
        resolved.status,
        ActionAttemptStatus::Success { .. }
    ));
}

#[test]
fn unknown_fields_anywhere_are_ignored() {
    let corpus = &*CORPUS;
    for target in &TARGETS {
        for body in corpus.ok_values(target.shape) {
            let mut extended = body.clone();
            add_unknown_fields(&mut extended);
            assert!(
                (target.same_response)(&body.to_string(), &extended.to_string()),
                "{}: {extended}",
                target.name
            );
        }
    }
}

#[test]
fn unknown_tags_and_values_are_kept_in_other() {
    let t = r#""created_at": "2025-06-16T16:54:17.946606Z", "message": "m""#;
    let grant = format!(
        r#"{{
          "access_grant_id": "ef83cca9-5fdf-4ac2-93f3-c21c5a8be54b",
          "created_at": "2025-06-16T16:54:17.946606Z",
          "display_name": "d",
          "starts_at": "2025-06-16T16:54:17Z",
          "user_identity_id": "e3d736c1-540d-4d10-83e5-9a4e135453b4",
          "workspace_id": "750fc0bc-4450-4356-8d9f-18c6a3a6b2c7",
          "errors": [{{"error_code": "quota_exceeded", {t}, "limit": 10}}],
          "warnings": [
            {{"warning_code": "solar_flare", {t}}},
            {{"warning_code": "device_time_constraints_violated", {t},
              "device_id": "e3d736c1-540d-4d10-83e5-9a4e135453b4", "reason": "moon_phase"}}
          ],
          "pending_mutations": [{{"mutation_code": "renaming", "to": {{"name": "n"}}}}],
          "requested_access_methods": [{{"display_name": "d", "mode": "retina_scan",
            "created_at": "2025-06-16T16:54:17Z"}}]
        }}"#
    );
    let g = decode_ok::<GetAccessGrant>(&format!(r#"{{"ok": true, "access_grant": {grant}}}"#));
    let fields = assert_unknown_variant!(AccessGrantError, g.errors[0], "quota_exceeded");
    assert_eq!(fields["limit"], 10);
    assert_eq!(g.errors[0].message(), "m");
    assert_unknown_variant!(AccessGrantWarning, g.warnings[0], "solar_flare");
    let AccessGrantWarning::DeviceTimeConstraintsViolated(w) = &g.warnings[1] else {
        panic!("unexpected {:?}", g.warnings[1]);
    };
    assert_unknown_value(&w.reason, "moon_phase");
    let fields = assert_unknown_variant!(
        AccessGrantPendingMutation,
        g.pending_mutations[0],
        "renaming"
    );
    assert_eq!(fields["to"], json!({"name": "n"}));
    assert_unknown_value(&g.requested_access_methods[0].mode, "retina_scan");

    // The same grant, unmanaged (without a user identity).
    let u = decode_ok::<GetUnmanagedAccessGrant>(&format!(
        r#"{{"ok": true, "access_grant": {}}}"#,
        grant.replace(
            r#""user_identity_id": "e3d736c1-540d-4d10-83e5-9a4e135453b4","#,
            ""
        )
    ));
    assert_eq!(u.user_identity_id, None);
    assert_unknown_variant!(UnmanagedAccessGrantError, u.errors[0], "quota_exceeded");
    assert_unknown_variant!(UnmanagedAccessGrantWarning, u.warnings[0], "solar_flare");
    assert_unknown_variant!(
        UnmanagedAccessGrantPendingMutation,
        u.pending_mutations[0],
        "renaming"
    );
    assert_unknown_value(&u.requested_access_methods[0].mode, "retina_scan");

    let method = format!(
        r#"{{
          "access_method_id": "b875bb6c-cdf3-4052-9b0b-9bc3a6b081d8",
          "workspace_id": "0967198e-ec7b-4c6b-b4d3-f71244cadbe9",
          "display_name": "d", "mode": "wristband", "is_issued": false, {t},
          "errors": [{{"error_code": "card_melted", "temperature": 451}}],
          "warnings": [{{"warning_code": "", {t}}}],
          "pending_mutations": [{{"mutation_code": "ÉTÉ 😀", "from": null}}]
        }}"#
    );
    let m = decode_ok::<GetAccessMethod>(&format!(r#"{{"ok": true, "access_method": {method}}}"#));
    assert_unknown_value(&m.mode, "wristband");
    let fields = assert_unknown_variant!(AccessMethodError, m.errors[0], "card_melted");
    assert_eq!(fields["temperature"], 451);
    assert_eq!(m.errors[0].message(), "");
    assert_unknown_variant!(AccessMethodWarning, m.warnings[0], "");
    let fields = assert_unknown_variant!(
        AccessMethodPendingMutation,
        m.pending_mutations[0],
        "ÉTÉ 😀"
    );
    assert_eq!(fields["from"], Value::Null);

    // The same objects in lists and batches.
    let methods = decode_ok::<ListAccessMethods>(&format!(
        r#"{{"ok": true, "access_methods": [{method}, {method}]}}"#
    ));
    assert_eq!(methods, [m.clone(), m.clone()]);
    let batch = decode_ok::<GetRelatedAccessMethods>(&format!(
        r#"{{"ok": true, "batch": {{"access_methods": [{method}], "access_grants": [{grant}]}}}}"#
    ));
    assert_eq!(
        (batch.access_methods, batch.access_grants),
        (vec![m], vec![g])
    );

    // An unknown action type and status.
    let attempt = decode_ok::<UnlockDoor>(
        r#"{"action_attempt": {"action_attempt_id": "65d8ccc9-65fb-4c7f-898d-68779951c884",
            "action_type": "TELEPORT", "status": "half_done", "result": null, "error": null}}"#,
    );
    assert_unknown_value(&attempt.action_type, "TELEPORT");
    assert_eq!(
        attempt.status,
        ActionAttemptStatus::Other("half_done".into())
    );
}

#[test]
fn empty_bodies_for_keyed_endpoints_are_decode_errors_naming_the_field() {
    type Decode = fn(&[u8]) -> Result<(), Error>;
    let keyed: [(Decode, &str); 13] = [
        (discard::<CreateAccessGrant>, "access_grant"),
        (discard::<GetAccessGrant>, "access_grant"),
        (discard::<RequestAccessMethods>, "access_grant"),
        (discard::<GetUnmanagedAccessGrant>, "access_grant"),
        (discard::<GetRelatedAccessGrants>, "batch"),
        (discard::<GetAccessMethod>, "access_method"),
        (discard::<GetUnmanagedAccessMethod>, "access_method"),
        (discard::<ListAccessMethods>, "access_methods"),
        (discard::<ListUnmanagedAccessMethods>, "access_methods"),
        (discard::<GetRelatedAccessMethods>, "batch"),
        (discard::<AssignCard>, "action_attempt"),
        (discard::<Encode>, "action_attempt"),
        (discard::<UnlockDoor>, "action_attempt"),
    ];
    for (decode, key) in keyed {
        for body in ["null", "[]", "\"\"", "{}", r#"{"ok":true}"#, "[{}]", "0"] {
            match decode(body.as_bytes()) {
                Err(error @ Error::Decode(_)) => {
                    let text = error.to_string();
                    assert!(text.contains(&format!("`{key}`")), "{key} {body}: {text}");
                }
                other => panic!("{key} {body}: {other:?}"),
            }
        }
        // An empty or blank body cannot name anything, but is still an error.
        for body in ["", " \n"] {
            let result = decode(body.as_bytes());
            assert!(
                matches!(result, Err(Error::Decode(_))),
                "{key} {body:?}: {result:?}"
            );
        }
    }
    // Whole-body pages name their list.
    for decode in [
        discard::<ListAccessGrants> as Decode,
        discard::<ListUnmanagedAccessGrants>,
    ] {
        for body in ["{}", r#"{"ok":true}"#] {
            let Err(error @ Error::Decode(_)) = decode(body.as_bytes()) else {
                panic!("{body}");
            };
            assert!(
                error.to_string().contains("`access_grants`"),
                "{body}: {error}"
            );
        }
        for body in ["null", "[]", "\"\"", ""] {
            assert!(
                matches!(decode(body.as_bytes()), Err(Error::Decode(_))),
                "{body}"
            );
        }
    }
    // Inside the envelope, the first missing required field is named, at
    // its path.
    for (body, field) in [
        (r#"{"access_grant":{}}"#, "access_grant_id"),
        (
            r#"{"access_grant":{"access_grant_id":"ef83cca9-5fdf-4ac2-93f3-c21c5a8be54b"}}"#,
            "created_at",
        ),
    ] {
        let Err(Error::Decode(e)) = discard::<GetAccessGrant>(body.as_bytes()) else {
            panic!("{body}");
        };
        assert!(e.message.contains(field), "{body}: {e}");
        assert_eq!(e.path, "access_grant", "{body}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    const DEPTH: usize = 10_000;
    let arrays = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let objects = format!("{}1{}", r#"{"a":"#.repeat(DEPTH), "}".repeat(DEPTH));
    let grant = &CORPUS.ok_bodies(Shape::AccessGrant)[0];
    let attempt = &CORPUS.ok_bodies(Shape::ActionAttempt)[1];
    let with = |body: &str, from: &str, to: &str| {
        assert!(body.contains(from), "{from}");
        body.replacen(from, to, 1)
    };
    let deep_bodies = [
        arrays.clone(),
        objects.clone(),
        "[{\"a\":".repeat(DEPTH),
        format!(r#"{{"access_grant":{arrays},"ok":true}}"#),
        with(grant, r#""name":"string""#, &format!(r#""name":{objects}"#)),
        with(
            grant,
            r#""message":"string""#,
            &format!(r#""message":{arrays}"#),
        ),
        // Kept as raw JSON: an unknown variant's fields, a result.
        with(
            grant,
            r#""mutation_code":"updating_spaces""#,
            &format!(r#""mutation_code":"x","y":{arrays}"#),
        ),
        with(
            attempt,
            r#""result":{"#,
            &format!(r#""result":{{"deep":{objects},"#),
        ),
        format!(r#"{{"error":{{"type":"x","message":"m","data":{arrays}}},"ok":false}}"#),
        format!(
            r#"{{"error":{{"type":"invalid_input","message":"m","validation_errors":{objects}}}}}"#
        ),
    ];
    for body in &deep_bodies {
        for target in &TARGETS {
            for status in [200, 400, 401, 404, 500] {
                let result = (target.decode)(status, None, body.as_bytes());
                if target.shape == Shape::Unit && status == 200 {
                    // The body of a unit reply is not read.
                    assert!(matches!(result, Ok(None)), "{}", target.name);
                    continue;
                }
                let Err(error) = result else {
                    panic!("{} {status}: {body:.80} gave {result:?}", target.name);
                };
                check_error(&error, status, None).unwrap();
            }
        }
    }

    // Values that are skipped, not kept, are skipped without recursion, at
    // any depth.
    for body in [
        with(grant, r#""ok":true"#, &format!(r#""ok":{arrays}"#)),
        with(
            grant,
            r#""name":"string""#,
            &format!(r#""zz_unknown":{objects},"name":"x""#),
        ),
    ] {
        decode_ok::<GetAccessGrant>(&body);
    }

    // Just within serde_json's nesting limit, the same places decode, and
    // the deep values are kept, formatted and dropped without trouble.
    let arrays = format!("{}{}", "[".repeat(120), "]".repeat(120));
    let objects = format!("{}1{}", r#"{"a":"#.repeat(120), "}".repeat(120));
    let g = decode_ok::<GetAccessGrant>(&with(
        grant,
        r#""mutation_code":"updating_spaces""#,
        &format!(r#""mutation_code":"x","y":{arrays}"#),
    ));
    assert_eq!(g.pending_mutations[0].code(), "x");
    let a = decode_ok::<Encode>(&with(
        attempt,
        r#""result":{"#,
        &format!(r#""result":{{"deep":{objects},"#),
    ));
    let ActionAttemptStatus::Success { result } = &a.status else {
        panic!("{a:?}");
    };
    assert!(result["deep"]["a"].is_object());
    let body = format!(
        r#"{{"error":{{"type":"invalid_input","message":"m","data":{arrays},"validation_errors":{objects}}}}}"#
    );
    let Err(Error::InvalidInput(e)) = decode_response::<GetAccessGrant>(400, None, body.as_bytes())
    else {
        panic!("not invalid input");
    };
    assert!(e.parameters.is_empty(), "{:?}", e.parameters);
    let nested = format!(
        "{}{}{}",
        r#"{"a":"#.repeat(100),
        r#"{"_errors":["deep"]}"#,
        "}".repeat(100)
    );
    let body = format!(
        r#"{{"error":{{"type":"invalid_input","message":"m","validation_errors":{nested}}}}}"#
    );
    let Err(Error::InvalidInput(e)) = decode_response::<GetAccessGrant>(400, None, body.as_bytes())
    else {
        panic!("not invalid input");
    };
    assert_eq!(e.parameters.len(), 1);
    assert_eq!(e.parameters[0].parameter.len(), 2 * 100 - 1);
    assert!(Error::InvalidInput(e).to_string().contains("deep"));
}
