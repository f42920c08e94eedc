//! Unlocks a door and reports the outcome: by default the call waits until
//! the lock has carried out the action (up to 10 s here, polling every
//! second), then says whether it succeeded, failed (and why) or is still
//! under way.
//!
//! ```sh
//! SEAM_API_KEY=seam_... SEAM_DEVICE_ID=... cargo run --example unlock_door
//! ```

use std::process::ExitCode;
use std::time::Duration;

use seamapi::locks::UnlockDoor;
use seamapi::{ActionAttemptStatus, WaitOptions};
use seamapi::{Client, Error, Uuid};

fn main() -> ExitCode {
    let device_id = match std::env::var("SEAM_DEVICE_ID").map(|id| id.parse::<Uuid>()) {
        Ok(Ok(id)) => id,
        _ => {
            eprintln!("error: set SEAM_DEVICE_ID to the id of a lock");
            return ExitCode::FAILURE;
        }
    };
    let client = match Client::from_env() {
        Ok(client) => client.with_wait(WaitOptions::default().timeout(Duration::from_secs(10))),
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };

    match UnlockDoor::new(device_id).send(&client) {
        Ok(attempt) => {
            let confirmed = match &attempt.status {
                ActionAttemptStatus::Success { result } => result
                    .get("was_confirmed_by_device")
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                _ => false,
            };
            println!(
                "unlocked (attempt {}{})",
                attempt.action_attempt_id,
                if confirmed {
                    ", confirmed by the device"
                } else {
                    ""
                }
            );
            ExitCode::SUCCESS
        }
        Err(Error::ActionAttemptFailed(failure)) => {
            println!(
                "the lock could not unlock: {} ({})",
                failure.message, failure.error_type
            );
            ExitCode::FAILURE
        }
        Err(Error::ActionAttemptTimedOut(timeout)) => {
            println!(
                "still {} after {:?}; attempt {} may yet complete",
                timeout.attempt.status_name(),
                timeout.timeout,
                timeout.attempt.action_attempt_id
            );
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
