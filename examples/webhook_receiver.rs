//! A tiny blocking webhook receiver: verifies every POST with the endpoint's
//! signing secret and prints the Seam event it carries.
//!
//! ```sh
//! SEAM_WEBHOOK_SECRET=whsec_... PORT=8080 cargo run --example webhook_receiver
//! ```
//!
//! Answers 200 to a verified webhook, 400 with the reason to anything else
//! (405 to other methods).

use std::io::Read;

use seamapi::resources::SeamEvent;
use seamapi::webhooks::Webhook;
use tiny_http::{Method, Request, Response, Server};

/// Webhook bodies larger than this are refused.
const MAX_BODY_BYTES: u64 = 1024 * 1024;

fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let secret = std::env::var("SEAM_WEBHOOK_SECRET")
        .map_err(|_| "set SEAM_WEBHOOK_SECRET to the webhook's signing secret (whsec_...)")?;
    let webhook = Webhook::new(secret)?;
    let port: u16 = match std::env::var("PORT") {
        Ok(port) => port.parse().map_err(|_| "PORT must be a port number")?,
        Err(_) => 8080,
    };
    let server = Server::http(("127.0.0.1", port))?;
    println!("listening on http://127.0.0.1:{port}");

    for mut request in server.incoming_requests() {
        let (status, reply) = handle(&webhook, &mut request);
        if let Err(error) = request.respond(Response::from_string(reply).with_status_code(status)) {
            eprintln!("could not answer: {error}");
        }
    }
    Ok(())
}

/// Verifies one request: the status and body to answer with.
fn handle(webhook: &Webhook, request: &mut Request) -> (u16, String) {
    if *request.method() != Method::Post {
        return (405, "POST only\n".to_owned());
    }
    let mut body = Vec::new();
    let read = request
        .as_reader()
        .take(MAX_BODY_BYTES + 1)
        .read_to_end(&mut body);
    if let Err(error) = read {
        return (400, format!("could not read the body: {error}\n"));
    }
    if body.len() as u64 > MAX_BODY_BYTES {
        return (400, "body too large\n".to_owned());
    }

    // Any (name, value) pairs will do: here, tiny_http's headers.
    let headers = request
        .headers()
        .iter()
        .map(|header| (header.field.as_str().as_str(), header.value.as_str()));
    match webhook.verify_event(headers, &body) {
        Ok(event) => {
            match &event {
                SeamEvent::LockUnlocked(e) => {
                    let device = e.device_id.map_or("-".to_owned(), |id| id.to_string());
                    println!(
                        "verified {} event {}: device {device} unlocked",
                        event.code(),
                        e.event_id,
                    )
                }
                SeamEvent::LockLocked(e) => {
                    println!(
                        "verified {} event {}: device {} locked",
                        event.code(),
                        e.event_id,
                        e.device_id
                    )
                }
                SeamEvent::Other(unknown) => println!(
                    "verified an event of a type new to this SDK: {}",
                    unknown.tag
                ),
                other => println!("verified {} event", other.code()),
            }
            (200, "ok\n".to_owned())
        }
        Err(error) => {
            println!("rejected: {error}");
            (400, format!("{error}\n"))
        }
    }
}
