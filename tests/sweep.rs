//! The conformance sweep: every generated endpoint against Prism serving
//! the same OpenAPI document the code was generated from. A minimal valid
//! request must pass the spec's validation, and the spec's example response
//! (then random schema-valid ones) must decode.

mod support;

#[path = "sweep/cases.rs"]
mod cases;

use seamapi::{Client, RetryPolicy, WaitOptions};
use support::prism::{Prism, Proxy, prism, prism_dynamic};

/// Endpoints left out, each with its reason. Empty: none is.
const SKIPPED: &[(&str, &str)] = &[];

/// Random responses decoded per endpoint.
const DYNAMIC_ROUNDS: usize = 10;

fn client(proxy: &Proxy) -> Client {
    Client::builder()
        .api_key("seam_test_key")
        .endpoint(proxy.url())
        .retry(RetryPolicy::none())
        .timeout(std::time::Duration::from_secs(5))
        .wait_for_action_attempts(WaitOptions::no_wait())
        .build()
        .unwrap()
}

/// Runs every case `rounds` times against `prism`; returns the failures.
fn sweep(prism: &Prism, rounds: usize) -> (usize, Vec<String>) {
    let proxy = Proxy::to(prism);
    let client = client(&proxy);
    let mut swept = 0;
    let mut failures = Vec::new();
    for (path, call) in cases::cases() {
        if SKIPPED.iter().any(|(p, _)| *p == path) {
            continue;
        }
        swept += 1;
        for round in 0..rounds {
            let mut before = proxy.exchanges().len();
            let mut result = call(&client);
            // Prism's dynamic mode now and then fails to build a response
            // itself (an HTTP 500 of its own, not a reply of the spec's):
            // that round is drawn again.
            for _ in 0..5 {
                match &result {
                    Err(seamapi::Error::Http(e))
                        if e.status == 500 && e.snippet.contains("stoplight.io/prism/errors") =>
                    {
                        before = proxy.exchanges().len();
                        result = call(&client);
                    }
                    _ => break,
                }
            }
            let exchanges = proxy.exchanges();
            let new = &exchanges[before..];
            let violations: Vec<String> = new
                .iter()
                .flat_map(|x| {
                    x.violations
                        .iter()
                        .filter(|v| v.is_request())
                        .map(|v| v.to_string())
                })
                .collect();
            if !violations.is_empty() {
                let body = new
                    .first()
                    .map(|x| String::from_utf8_lossy(&x.request.body).into_owned());
                failures.push(format!(
                    "{path}: the request breaks the spec: {violations:?}; sent {body:?}"
                ));
                break;
            }
            if let Err(e) = result {
                let body = new.last().map(|x| {
                    String::from_utf8_lossy(&x.body)
                        .chars()
                        .take(600)
                        .collect::<String>()
                });
                failures.push(format!("{path} (round {round}): {e}; reply {body:?}"));
                break;
            }
        }
    }
    (swept, failures)
}

#[test]
fn every_endpoint_passes_the_spec_and_decodes_its_example() {
    let all = cases::cases();
    assert_eq!(
        all.len(),
        seamapi::ENDPOINT_COUNT,
        "a case per generated endpoint"
    );
    let (swept, failures) = sweep(prism(), 1);
    println!(
        "swept {swept} endpoints ({} skipped: {:?})",
        SKIPPED.len(),
        SKIPPED
    );
    assert!(
        failures.is_empty(),
        "{} of {swept} endpoints failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(swept + SKIPPED.len(), all.len());
}

#[test]
fn every_endpoint_decodes_random_schema_valid_responses() {
    let (swept, failures) = sweep(prism_dynamic(), DYNAMIC_ROUNDS);
    println!("decoded {DYNAMIC_ROUNDS} random responses from each of {swept} endpoints");
    assert!(
        failures.is_empty(),
        "{} of {swept} endpoints failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
