//! Webhook verification against signatures computed independently of the
//! SDK: by Python's standard `hmac`/`hashlib`/`base64` (spawned per case)
//! and by the example vector Svix publishes in its docs.
#![cfg(feature = "webhooks")]

use std::os::unix::ffi::OsStrExt as _;
use std::process::Command;
use std::time::Duration;

use seamapi::webhooks::{Event, Webhook, WebhookError, WebhookHeaders};
use seamapi::{Timestamp, Uuid};
use serde_json::{Value, json};

const SECRET: &str = "whsec_WLuH609NDdB0R8iwDU5Cy9d58PLUztug";
const OTHER_SECRET: &str = "whsec_LpFWKjQcn2gFewOxTEhS7hn/Df19xeB1";
const MSG_ID: &str = "msg_2yZwUhtgs1kq3hVUxYRaGuXpjP5";
/// 2025-06-16T16:54:19Z, when the event below was sent.
const SENT_AT: i64 = 1_750_092_859;

/// A `lock.unlocked` event as Seam sends it.
const LOCK_UNLOCKED: &str = r#"{"event_id":"1ab0ec9a-5a86-4d71-83ab-a12fc0deb1ba","event_type":"lock.unlocked","workspace_id":"4cb04d84-82ea-44b8-a387-49117742fc65","device_id":"405124af-f731-4e67-9a4a-079470f13322","connected_account_id":"8f7f03db-8b6e-4ebc-b08b-f8dfc4e5ce71","created_at":"2025-06-16T16:54:19.128Z","occurred_at":"2025-06-16T16:54:17.946Z","method":"remote","action_attempt_id":"4eb92815-b75e-456e-bef9-5703a91b62f9"}"#;

/// `v1,<base64 HMAC-SHA256>` of `{id}.{timestamp}.{body}` under `secret`,
/// computed by Python's standard library.
fn python_sign(secret: &str, id: &str, timestamp: &str, body: &[u8]) -> String {
    const SCRIPT: &str = r#"
import base64, hashlib, hmac, os, sys
secret, msg_id, timestamp, body = sys.argv[1], sys.argv[2], sys.argv[3], os.fsencode(sys.argv[4])
key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
print("v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode())
"#;
    let output = Command::new("python3")
        .args(["-c", SCRIPT, secret, id, timestamp])
        .arg(std::ffi::OsStr::from_bytes(body))
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "python3 failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .expect("python3 prints ASCII")
        .trim()
        .to_owned()
}

fn at(second: i64) -> Timestamp {
    Timestamp::from_second(second).expect("a valid second")
}

fn svix_headers(id: &str, timestamp: &str, signature: &str) -> Vec<(String, String)> {
    vec![
        ("svix-id".into(), id.into()),
        ("svix-timestamp".into(), timestamp.into()),
        ("svix-signature".into(), signature.into()),
    ]
}

/// Headers for `body` signed by Python with `SECRET` at `SENT_AT`.
fn signed(body: &[u8]) -> Vec<(String, String)> {
    let timestamp = SENT_AT.to_string();
    let signature = python_sign(SECRET, MSG_ID, &timestamp, body);
    svix_headers(MSG_ID, &timestamp, &signature)
}

fn webhook() -> Webhook {
    Webhook::new(SECRET).expect("a valid secret")
}

fn verify(
    headers: Vec<(String, String)>,
    body: &[u8],
    now: Timestamp,
) -> Result<Event, WebhookError> {
    webhook().verify_at(headers, body, now)
}

#[test]
fn svix_published_example_vector_verifies() {
    // From Svix's docs ("How to verify webhooks"), verbatim.
    let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
    let headers = [
        ("svix-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"),
        ("svix-timestamp", "1614265330"),
        (
            "svix-signature",
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        ),
    ];
    let body = br#"{"test": 2432232314}"#;
    let value: Value = webhook.verify_at(headers, body, at(1_614_265_330)).unwrap();
    assert_eq!(value, json!({"test": 2_432_232_314_u64}));
    // Python agrees with the published signature.
    assert_eq!(
        python_sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "1614265330",
            body
        ),
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    );
}

#[test]
fn valid_webhook_decodes_the_typed_event() {
    let body = LOCK_UNLOCKED.as_bytes();
    let event = verify(signed(body), body, at(SENT_AT + 2)).unwrap();
    assert_eq!(
        event.event_id,
        "1ab0ec9a-5a86-4d71-83ab-a12fc0deb1ba"
            .parse::<Uuid>()
            .unwrap()
    );
    assert_eq!(event.event_type, "lock.unlocked");
    assert_eq!(
        event.workspace_id,
        "4cb04d84-82ea-44b8-a387-49117742fc65"
            .parse::<Uuid>()
            .unwrap()
    );
    assert_eq!(
        event.device_id,
        Some("405124af-f731-4e67-9a4a-079470f13322".parse().unwrap())
    );
    assert_eq!(
        event.created_at,
        "2025-06-16T16:54:19.128Z".parse::<Timestamp>().unwrap()
    );
    assert_eq!(
        event.occurred_at,
        Some("2025-06-16T16:54:17.946Z".parse().unwrap())
    );
    assert_eq!(event.other["method"], "remote");
    assert_eq!(
        event.other["action_attempt_id"],
        "4eb92815-b75e-456e-bef9-5703a91b62f9"
    );
    assert_eq!(
        event.other["connected_account_id"],
        "8f7f03db-8b6e-4ebc-b08b-f8dfc4e5ce71"
    );
    assert_eq!(event.other.len(), 3);
}

#[test]
fn verify_event_uses_the_system_clock() {
    let body = LOCK_UNLOCKED.as_bytes();
    let timestamp = Timestamp::now().as_second().to_string();
    let signature = python_sign(SECRET, MSG_ID, &timestamp, body);
    let event = webhook()
        .verify_event(svix_headers(MSG_ID, &timestamp, &signature), body)
        .unwrap();
    assert_eq!(event.code(), "lock.unlocked");
    let seamapi::resources::SeamEvent::LockUnlocked(unlocked) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(
        unlocked.device_id.map(|id| id.to_string()).as_deref(),
        Some("405124af-f731-4e67-9a4a-079470f13322")
    );
    assert_eq!(unlocked.created_at.to_string(), "2025-06-16T16:54:19.128Z");
    // And a webhook signed an hour ago is stale by the system clock.
    let timestamp = (Timestamp::now().as_second() - 3600).to_string();
    let signature = python_sign(SECRET, MSG_ID, &timestamp, body);
    let error = webhook()
        .verify_event(svix_headers(MSG_ID, &timestamp, &signature), body)
        .unwrap_err();
    assert!(
        matches!(error, WebhookError::TimestampTooOld { .. }),
        "{error:?}"
    );
}

#[test]
fn generic_verify_decodes_any_type() {
    #[derive(serde::Deserialize)]
    struct Mine {
        event_type: String,
        method: String,
    }
    let body = LOCK_UNLOCKED.as_bytes();
    let mine: Mine = webhook()
        .verify_at(signed(body), body, at(SENT_AT))
        .unwrap();
    assert_eq!(
        (mine.event_type.as_str(), mine.method.as_str()),
        ("lock.unlocked", "remote")
    );
}

#[test]
fn the_three_values_can_be_passed_directly() {
    let body = LOCK_UNLOCKED.as_bytes();
    let timestamp = SENT_AT.to_string();
    let signature = python_sign(SECRET, MSG_ID, &timestamp, body);
    let headers = WebhookHeaders::new(MSG_ID, &timestamp, &signature);
    let event: Event = webhook().verify_at(headers, body, at(SENT_AT)).unwrap();
    assert_eq!(event.event_type, "lock.unlocked");
}

#[test]
fn tampered_body_is_rejected_and_the_computed_mac_is_not_shown() {
    let body = LOCK_UNLOCKED.as_bytes();
    let tampered = LOCK_UNLOCKED.replace("remote", "keypad");
    let error = verify(signed(body), tampered.as_bytes(), at(SENT_AT)).unwrap_err();
    assert_eq!(
        error,
        WebhookError::NoMatchingSignature {
            checked: 1,
            ignored: 0
        }
    );
    // What the verifier computed for the tampered body appears nowhere.
    let computed = python_sign(SECRET, MSG_ID, &SENT_AT.to_string(), tampered.as_bytes());
    let computed = computed.trim_start_matches("v1,");
    for shown in [error.to_string(), format!("{error:?}")] {
        assert!(!shown.contains(computed), "{shown}");
        assert!(!shown.contains(&SECRET[6..]), "{shown}");
    }
    assert_eq!(
        error.to_string(),
        "no webhook signature matches (1 v1 signature(s) checked, 0 of other versions ignored)"
    );
}

#[test]
fn wrong_secret_is_rejected() {
    let body = LOCK_UNLOCKED.as_bytes();
    let error = Webhook::new(OTHER_SECRET)
        .unwrap()
        .verify_at::<Event>(signed(body), body, at(SENT_AT))
        .unwrap_err();
    assert!(
        matches!(error, WebhookError::NoMatchingSignature { checked: 1, .. }),
        "{error:?}"
    );
}

#[test]
fn one_valid_signature_among_several_is_enough() {
    let body = LOCK_UNLOCKED.as_bytes();
    let timestamp = SENT_AT.to_string();
    let valid = python_sign(SECRET, MSG_ID, &timestamp, body);
    let rotated_out = python_sign(OTHER_SECRET, MSG_ID, &timestamp, body);
    for signatures in [
        format!("{rotated_out} {valid}"),
        format!("{valid} {rotated_out}"),
        format!("v1,not-base64!! v1a,c29tZXRoaW5n {rotated_out}  {valid} v2,abc"),
    ] {
        let event = verify(
            svix_headers(MSG_ID, &timestamp, &signatures),
            body,
            at(SENT_AT),
        );
        assert!(event.is_ok(), "{signatures}: {event:?}");
    }
    // Signatures spread over repeated header lines count too.
    let mut headers = svix_headers(MSG_ID, &timestamp, &rotated_out);
    headers.push(("svix-signature".into(), valid));
    assert!(verify(headers, body, at(SENT_AT)).is_ok());
}

#[test]
fn signatures_of_other_versions_are_ignored_not_errors() {
    let body = LOCK_UNLOCKED.as_bytes();
    let timestamp = SENT_AT.to_string();
    let valid = python_sign(SECRET, MSG_ID, &timestamp, body);
    let base64 = valid.trim_start_matches("v1,");
    // The right bytes under another version tag do not count as v1.
    let signatures = format!("v1a,{base64} v2,{base64}");
    let error = verify(
        svix_headers(MSG_ID, &timestamp, &signatures),
        body,
        at(SENT_AT),
    )
    .unwrap_err();
    assert_eq!(
        error,
        WebhookError::NoMatchingSignature {
            checked: 0,
            ignored: 2
        }
    );
    // Next to a valid v1, they are simply skipped.
    let signatures = format!("v1a,{base64} {valid}");
    assert!(
        verify(
            svix_headers(MSG_ID, &timestamp, &signatures),
            body,
            at(SENT_AT)
        )
        .is_ok()
    );
}

#[test]
fn stale_timestamp_is_rejected_with_its_age() {
    let body = LOCK_UNLOCKED.as_bytes();
    assert!(verify(signed(body), body, at(SENT_AT + 300)).is_ok());
    let error = verify(signed(body), body, at(SENT_AT + 301)).unwrap_err();
    assert_eq!(
        error,
        WebhookError::TimestampTooOld {
            age: Duration::from_secs(301),
            tolerance: Duration::from_secs(300)
        }
    );
    assert_eq!(
        error.to_string(),
        "webhook timestamp is 301s old, beyond the 300s tolerance"
    );
}

#[test]
fn future_timestamp_is_rejected_with_its_lead() {
    let body = LOCK_UNLOCKED.as_bytes();
    assert!(verify(signed(body), body, at(SENT_AT - 300)).is_ok());
    let error = verify(signed(body), body, at(SENT_AT - 3600)).unwrap_err();
    assert_eq!(
        error,
        WebhookError::TimestampInFuture {
            ahead: Duration::from_secs(3600),
            tolerance: Duration::from_secs(300)
        }
    );
    assert_eq!(
        error.to_string(),
        "webhook timestamp is 3600s in the future, beyond the 300s tolerance"
    );
}

#[test]
fn tolerance_can_be_set() {
    let body = LOCK_UNLOCKED.as_bytes();
    let strict = webhook().with_tolerance(Duration::from_secs(10));
    assert_eq!(strict.tolerance(), Duration::from_secs(10));
    assert!(
        strict
            .verify_at::<Event>(signed(body), body, at(SENT_AT + 10))
            .is_ok()
    );
    let error = strict
        .verify_at::<Event>(signed(body), body, at(SENT_AT + 11))
        .unwrap_err();
    assert!(
        matches!(error, WebhookError::TimestampTooOld { .. }),
        "{error:?}"
    );
    let error = strict
        .verify_at::<Event>(signed(body), body, at(SENT_AT - 11))
        .unwrap_err();
    assert!(
        matches!(error, WebhookError::TimestampInFuture { .. }),
        "{error:?}"
    );

    let lenient = webhook().with_tolerance(Duration::from_secs(3600));
    assert!(
        lenient
            .verify_at::<Event>(signed(body), body, at(SENT_AT + 1800))
            .is_ok()
    );
}

#[test]
fn header_names_match_in_any_letter_case() {
    let body = LOCK_UNLOCKED.as_bytes();
    for names in [
        ["SVIX-ID", "SVIX-TIMESTAMP", "SVIX-SIGNATURE"],
        ["Svix-Id", "Svix-Timestamp", "Svix-Signature"],
        ["sViX-iD", "svix-TimeStamp", "SVIX-signature"],
    ] {
        let headers: Vec<(String, String)> = signed(body)
            .into_iter()
            .zip(names)
            .map(|((_, value), name)| (name.to_owned(), value))
            .collect();
        assert!(verify(headers, body, at(SENT_AT)).is_ok(), "{names:?}");
    }
}

#[test]
fn webhook_prefixed_header_names_work() {
    let body = LOCK_UNLOCKED.as_bytes();
    let headers: Vec<(String, String)> = signed(body)
        .into_iter()
        .map(|(name, value)| (name.replace("svix-", "webhook-"), value))
        .collect();
    assert!(verify(headers.clone(), body, at(SENT_AT)).is_ok());
    let upper: Vec<(String, String)> = headers
        .into_iter()
        .map(|(name, value)| (name.to_uppercase(), value))
        .collect();
    assert!(verify(upper, body, at(SENT_AT)).is_ok());
}

#[test]
fn each_missing_header_is_named() {
    let body = LOCK_UNLOCKED.as_bytes();
    let expected = [
        ("svix-id", "webhook-id"),
        ("svix-timestamp", "webhook-timestamp"),
        ("svix-signature", "webhook-signature"),
    ];
    for (index, (name, alternative)) in expected.into_iter().enumerate() {
        let mut headers = signed(body);
        headers.remove(index);
        headers.push(("content-type".into(), "application/json".into()));
        let error = verify(headers, body, at(SENT_AT)).unwrap_err();
        assert_eq!(error, WebhookError::MissingHeader { name, alternative });
        assert_eq!(
            error.to_string(),
            format!("missing webhook header `{name}` (or `{alternative}`)")
        );
    }
    let error = verify(Vec::new(), body, at(SENT_AT)).unwrap_err();
    assert!(matches!(
        error,
        WebhookError::MissingHeader {
            name: "svix-id",
            ..
        }
    ));
}

#[test]
fn non_numeric_timestamp_is_named() {
    let body = LOCK_UNLOCKED.as_bytes();
    for timestamp in [
        "2025-06-16T16:54:19Z",
        "",
        "-5",
        "+1750092859",
        "1750092859.5",
        "99999999999999999999",
    ] {
        let signature = python_sign(SECRET, MSG_ID, timestamp, body);
        let error = verify(
            svix_headers(MSG_ID, timestamp, &signature),
            body,
            at(SENT_AT),
        )
        .unwrap_err();
        assert_eq!(
            error,
            WebhookError::InvalidTimestamp {
                value: timestamp.to_owned()
            },
            "{timestamp}"
        );
    }
}

#[test]
fn bad_secrets_are_rejected_without_echoing_them() {
    for (secret, reason) in [
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("whsec_", "it is empty"),
        (
            "whsec_not base64!",
            "it is not valid base64 after the `whsec_` prefix",
        ),
        (
            "whsec_WLuH609NDdB0R8iwDU5Cy9d58PLUztu",
            "it is not valid base64 after the `whsec_` prefix",
        ),
        (
            "seam_test123_abcdef",
            "it is not valid base64 after the `whsec_` prefix",
        ),
    ] {
        let error = Webhook::new(secret).unwrap_err();
        assert_eq!(error, WebhookError::InvalidSecret { reason }, "{secret:?}");
        assert_eq!(
            error.to_string(),
            format!("invalid webhook signing secret: {reason}")
        );
        if !secret.trim().is_empty() {
            assert!(!format!("{error} {error:?}").contains(secret));
        }
    }
    // The prefix is optional, surrounding whitespace ignored: same key.
    let body = LOCK_UNLOCKED.as_bytes();
    for secret in [&SECRET[6..], &format!(" {SECRET}\n")] {
        let webhook = Webhook::new(secret).unwrap();
        assert!(
            webhook
                .verify_at::<Event>(signed(body), body, at(SENT_AT))
                .is_ok()
        );
    }
}

#[test]
fn debug_never_shows_the_secret() {
    let shown = format!("{:?}", webhook());
    assert_eq!(shown, "Webhook { secret: [redacted], tolerance: 300s }");
}

#[test]
fn non_json_body_is_an_undecodable_error() {
    let body = b"<html>not json</html>";
    let error = verify(signed(body), body, at(SENT_AT)).unwrap_err();
    let WebhookError::Decode { path, message } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(path, ".");
    assert_eq!(message, "expected value at line 1 column 1");

    // A field of the wrong shape is named by its path.
    let body = LOCK_UNLOCKED.replace("2025-06-16T16:54:19.128Z", "yesterday");
    let error = verify(signed(body.as_bytes()), body.as_bytes(), at(SENT_AT)).unwrap_err();
    let WebhookError::Decode { path, message } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(path, "created_at");
    assert!(message.contains("line 1"), "{message}");
    assert!(
        error
            .to_string()
            .starts_with("webhook body does not decode at `created_at`: ")
    );

    // Trailing bytes after the JSON value are refused too.
    let body = format!("{LOCK_UNLOCKED} {{}}");
    let error = verify(signed(body.as_bytes()), body.as_bytes(), at(SENT_AT)).unwrap_err();
    assert!(
        matches!(&error, WebhookError::Decode { path, .. } if path == "."),
        "{error:?}"
    );
}

#[test]
fn unknown_event_types_decode_and_keep_their_fields() {
    let body = json!({
        "event_id": "cdf61d13-e14b-49f3-b42f-104b4da33ad4",
        "event_type": "thermostat.some_future_event",
        "workspace_id": "4cb04d84-82ea-44b8-a387-49117742fc65",
        "created_at": "2025-06-16T16:54:19Z",
        "climate_setting": {"hvac_mode": "heat", "heating_set_point_celsius": 21.5},
        "reasons": ["schedule"]
    })
    .to_string();
    let event = verify(signed(body.as_bytes()), body.as_bytes(), at(SENT_AT)).unwrap();
    assert_eq!(event.event_type, "thermostat.some_future_event");
    assert_eq!((event.device_id, event.occurred_at), (None, None));
    assert_eq!(event.other["climate_setting"]["hvac_mode"], "heat");
    assert_eq!(event.other["reasons"], json!(["schedule"]));
    // And it serializes back to the same JSON.
    assert_eq!(
        serde_json::to_value(&event).unwrap(),
        serde_json::from_str::<Value>(&body).unwrap()
    );
}
