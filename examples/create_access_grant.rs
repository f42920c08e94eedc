//! Creates an access grant: a PIN code for a user identity on a device, for
//! the next two days, and prints what came of it.
//!
//! Configuration, all from the environment:
//! - `SEAM_API_KEY` (required) and `SEAM_ENDPOINT` (optional);
//! - `SEAM_DEVICE_ID`: the device; by default the first device of the workspace;
//! - `SEAM_USER_IDENTITY_ID`: an existing user identity; by default a new one
//!   is created with the grant;
//! - `SEAM_PIN_CODE`: the PIN (4 to 9 digits); by default Seam picks one.
//!
//! `scripts/create-access-grant` runs it, against a local Prism server of
//! Seam's official OpenAPI document when `SEAM_API_KEY` is not set.

use std::process::ExitCode;
use std::time::Duration;

use seamapi::access_grants::{
    AccessGrant, AccessMethodRequest, CreateAccessGrant, Grantee, NewUserIdentity,
};
use seamapi::access_methods::ListAccessMethods;
use seamapi::{Client, Error, Timestamp, Uuid, seam_endpoint};

/// Endpoints this SDK does not type yet are one attribute away.
#[seam_endpoint(GET, "/devices/list", response = Vec<Device>, key = "devices")]
struct ListDevices {
    limit: Option<u32>,
}

#[derive(Debug, serde::Deserialize)]
struct Device {
    device_id: Uuid,
    display_name: Option<String>,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    println!("Seam API at {}", client.endpoint());

    let device_id = match env_var("SEAM_DEVICE_ID") {
        Some(id) => id
            .parse::<Uuid>()
            .map_err(|e| format!("SEAM_DEVICE_ID: {e}"))?,
        None => {
            let devices = ListDevices { limit: Some(1) }.send(&client)?;
            let device = devices
                .into_iter()
                .next()
                .ok_or("the workspace has no device: set SEAM_DEVICE_ID")?;
            println!(
                "Device:        {} ({})",
                device.device_id,
                device.display_name.as_deref().unwrap_or("unnamed")
            );
            device.device_id
        }
    };

    let starts_at = Timestamp::now();
    let ends_at = starts_at.checked_add(Duration::from_secs(2 * 24 * 60 * 60))?;
    let grantee: Grantee = match env_var("SEAM_USER_IDENTITY_ID") {
        Some(id) => id
            .parse::<Uuid>()
            .map_err(|e| format!("SEAM_USER_IDENTITY_ID: {e}"))?
            .into(),
        None => NewUserIdentity::default()
            .full_name("Guest")
            .user_identity_key(format!("seamapi-example-{}", starts_at.as_second()))
            .into(),
    };
    let pin = match env_var("SEAM_PIN_CODE") {
        Some(code) => AccessMethodRequest::pin_code(code),
        None => AccessMethodRequest::pin(),
    };

    let grant = CreateAccessGrant::new(grantee, [pin])
        .device_ids([device_id])
        .starts_at(starts_at)
        .ends_at(ends_at)
        .name("seamapi example")
        .send(&client)?;
    print_grant(&grant);

    // The PIN codes themselves live on the grant's access methods.
    match ListAccessMethods::new()
        .access_grant_id(grant.access_grant_id)
        .send(&client)
    {
        Ok(list) => {
            for method in list {
                println!(
                    "Access method: {} {} code={} issued={}",
                    method.access_method_id,
                    method.mode,
                    method.code.as_deref().unwrap_or("(not yet issued)"),
                    method.is_issued,
                );
            }
        }
        Err(Error::Api(e)) if e.status == 404 => println!("Access methods: not created yet"),
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

fn print_grant(grant: &AccessGrant) {
    println!("Access grant:  {}", grant.access_grant_id);
    println!("Name:          {}", grant.display_name);
    println!("User identity: {}", grant.user_identity_id);
    let ends = grant
        .ends_at
        .map_or_else(|| "no end".to_owned(), |t| t.to_string());
    println!("Window:        {} -> {}", grant.starts_at, ends);
    for requested in &grant.requested_access_methods {
        println!(
            "Requested:     {} ({}){}",
            requested.mode,
            requested.display_name,
            requested
                .code
                .as_deref()
                .map(|c| format!(" code {c}"))
                .unwrap_or_default()
        );
    }
    if let Some(url) = &grant.instant_key_url {
        println!("Instant key:   {url}");
    }
    for warning in &grant.warnings {
        println!("Warning:       {}: {}", warning.code(), warning.message());
    }
    for error in &grant.errors {
        println!("Error:         {}: {}", error.code(), error.message());
    }
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}
