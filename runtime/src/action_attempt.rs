//! Action attempts: what an action such as unlocking a door returns while the
//! device carries it out, and waiting until it has.

use std::time::{Duration, Instant};

use serde::{Deserialize, Deserializer, Serialize};
use uuid::Uuid;

use crate::client::Client;
use crate::endpoint::{Endpoint, Method, ResponseShape};
use crate::error::Error;

crate::string_enum! {
    /// The kind of action an attempt carries out.
    pub enum ActionType {
        /// Lock a door.
        LockDoor => "LOCK_DOOR",
        /// Unlock a door.
        UnlockDoor => "UNLOCK_DOOR",
        /// Scan a credential on an encoder.
        ScanCredential => "SCAN_CREDENTIAL",
        /// Encode a credential onto a card.
        EncodeCredential => "ENCODE_CREDENTIAL",
        /// Scan a card and assign it.
        ScanToAssignCredential => "SCAN_TO_ASSIGN_CREDENTIAL",
        /// Assign a credential.
        AssignCredential => "ASSIGN_CREDENTIAL",
        /// Reset a sandbox workspace.
        ResetSandboxWorkspace => "RESET_SANDBOX_WORKSPACE",
        /// Set a thermostat's fan mode.
        SetFanMode => "SET_FAN_MODE",
        /// Set a thermostat's HVAC mode.
        SetHvacMode => "SET_HVAC_MODE",
        /// Activate a climate preset.
        ActivateClimatePreset => "ACTIVATE_CLIMATE_PRESET",
        /// Simulate a code entered on a keypad.
        SimulateKeypadCodeEntry => "SIMULATE_KEYPAD_CODE_ENTRY",
        /// Simulate a manual lock through a keypad.
        SimulateManualLockViaKeypad => "SIMULATE_MANUAL_LOCK_VIA_KEYPAD",
        /// Push thermostat programs.
        PushThermostatPrograms => "PUSH_THERMOSTAT_PROGRAMS",
        /// Configure auto-lock.
        ConfigureAutoLock => "CONFIGURE_AUTO_LOCK",
        /// Sync access codes.
        SyncAccessCodes => "SYNC_ACCESS_CODES",
        /// Create an access code.
        CreateAccessCode => "CREATE_ACCESS_CODE",
        /// Delete an access code.
        DeleteAccessCode => "DELETE_ACCESS_CODE",
        /// Update an access code.
        UpdateAccessCode => "UPDATE_ACCESS_CODE",
        /// Create a noise threshold.
        CreateNoiseThreshold => "CREATE_NOISE_THRESHOLD",
        /// Delete a noise threshold.
        DeleteNoiseThreshold => "DELETE_NOISE_THRESHOLD",
        /// Update a noise threshold.
        UpdateNoiseThreshold => "UPDATE_NOISE_THRESHOLD",
    }
}

/// Why an action attempt failed, as Seam reports it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct ActionAttemptError {
    /// Seam's error type, e.g. `"lock_timeout"`.
    #[serde(rename = "type")]
    pub error_type: String,
    /// Seam's message.
    pub message: String,
}

/// Where an action attempt stands.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ActionAttemptStatus {
    /// Still under way.
    Pending,
    /// Done; the action's result (an object, empty for most actions).
    Success {
        /// The result, as Seam gave it.
        result: serde_json::Value,
    },
    /// Failed.
    Error {
        /// Why.
        error: ActionAttemptError,
    },
    /// A status unknown to this SDK version, kept verbatim; waiting treats
    /// it as not yet resolved.
    Other(String),
}

/// An action attempt: the action, and where it stands.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActionAttempt {
    /// The attempt's id, to poll it with `action_attempts/get`.
    pub action_attempt_id: Uuid,
    /// The action.
    pub action_type: ActionType,
    /// Where it stands.
    pub status: ActionAttemptStatus,
}

impl ActionAttempt {
    /// Whether the attempt has succeeded or failed.
    pub fn is_resolved(&self) -> bool {
        matches!(
            self.status,
            ActionAttemptStatus::Success { .. } | ActionAttemptStatus::Error { .. }
        )
    }

    /// The status as on the wire: `pending`, `success`, `error`, or the
    /// unknown value.
    pub fn status_name(&self) -> &str {
        match &self.status {
            ActionAttemptStatus::Pending => "pending",
            ActionAttemptStatus::Success { .. } => "success",
            ActionAttemptStatus::Error { .. } => "error",
            ActionAttemptStatus::Other(status) => status,
        }
    }
}

impl<'de> Deserialize<'de> for ActionAttempt {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            action_attempt_id: Uuid,
            action_type: ActionType,
            status: String,
            #[serde(default)]
            result: Option<serde_json::Value>,
            /// Only read when the status is `error`.
            #[serde(default)]
            error: Option<serde_json::Value>,
        }
        let wire = Wire::deserialize(deserializer)?;
        let status = match wire.status.as_str() {
            "pending" => ActionAttemptStatus::Pending,
            "success" => ActionAttemptStatus::Success {
                result: wire.result.unwrap_or(serde_json::Value::Null),
            },
            "error" => ActionAttemptStatus::Error {
                error: serde_json::from_value(
                    wire.error
                        .ok_or_else(|| serde::de::Error::missing_field("error"))?,
                )
                .map_err(serde::de::Error::custom)?,
            },
            _ => ActionAttemptStatus::Other(wire.status),
        };
        Ok(ActionAttempt {
            action_attempt_id: wire.action_attempt_id,
            action_type: wire.action_type,
            status,
        })
    }
}

impl Serialize for ActionAttempt {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("ActionAttempt", 5)?;
        out.serialize_field("action_attempt_id", &self.action_attempt_id)?;
        out.serialize_field("action_type", &self.action_type)?;
        out.serialize_field("status", self.status_name())?;
        match &self.status {
            ActionAttemptStatus::Success { result } => {
                out.serialize_field("result", result)?;
                out.serialize_field("error", &None::<ActionAttemptError>)?;
            }
            ActionAttemptStatus::Error { error } => {
                out.serialize_field("result", &None::<serde_json::Value>)?;
                out.serialize_field("error", error)?;
            }
            ActionAttemptStatus::Pending | ActionAttemptStatus::Other(_) => {
                out.serialize_field("result", &None::<serde_json::Value>)?;
                out.serialize_field("error", &None::<ActionAttemptError>)?;
            }
        }
        out.end()
    }
}

/// Whether, and how long, a call that starts an action waits for its
/// attempt to resolve.
///
/// The default waits up to 10 s, polling `action_attempts/get` every
/// second. A poll interval of zero is rejected with
/// [`Error::InvalidOptions`] before any request; durations cannot be
/// negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaitOptions {
    enabled: bool,
    timeout: Duration,
    poll_interval: Duration,
}

impl Default for WaitOptions {
    fn default() -> Self {
        WaitOptions {
            enabled: true,
            timeout: Duration::from_secs(10),
            poll_interval: Duration::from_secs(1),
        }
    }
}

impl WaitOptions {
    /// Return the first response as it is, without waiting.
    pub fn no_wait() -> Self {
        WaitOptions {
            enabled: false,
            ..WaitOptions::default()
        }
    }

    /// Wait up to `timeout` (a real clock deadline).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Poll every `interval`.
    #[must_use]
    pub fn poll_interval(mut self, interval: Duration) -> Self {
        self.poll_interval = interval;
        self
    }

    /// Whether calls wait.
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    pub(crate) fn validate(&self) -> Result<(), Error> {
        if self.poll_interval.is_zero() {
            return Err(Error::invalid_options(
                "the action attempt polling interval must be greater than zero",
            ));
        }
        Ok(())
    }
}

/// `GET /action_attempts/get`: one action attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct GetActionAttempt {
    /// Which attempt.
    pub action_attempt_id: Uuid,
}

impl GetActionAttempt {
    /// The attempt with this id.
    pub fn new(action_attempt_id: Uuid) -> Self {
        GetActionAttempt { action_attempt_id }
    }

    /// Sends this request (`GET /action_attempts/get`) with `client`. It
    /// returns the attempt as it stands, without waiting.
    pub fn send(&self, client: &Client) -> Result<ActionAttempt, Error> {
        client.call(self)
    }
}

impl Endpoint for GetActionAttempt {
    type Response = ActionAttempt;
    const METHOD: Method = Method::Get;
    const PATH: &'static str = "/action_attempts/get";
    const RESPONSE: ResponseShape = ResponseShape::Key("action_attempt");
}

/// Polls `attempt` until it resolves or `options`' timeout passes.
pub(crate) fn wait(
    client: &Client,
    attempt: ActionAttempt,
    options: WaitOptions,
) -> Result<ActionAttempt, Error> {
    options.validate()?;
    let deadline = Instant::now() + options.timeout;
    let mut attempt = attempt;
    loop {
        match &attempt.status {
            ActionAttemptStatus::Success { .. } => return Ok(attempt),
            ActionAttemptStatus::Error { error } => {
                return Err(Error::from(crate::error::ActionAttemptFailedError {
                    error_type: error.error_type.clone(),
                    message: error.message.clone(),
                    attempt,
                }));
            }
            ActionAttemptStatus::Pending | ActionAttemptStatus::Other(_) => {}
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(Error::from(crate::error::ActionAttemptTimedOutError {
                timeout: options.timeout,
                attempt,
            }));
        }
        std::thread::sleep(options.poll_interval.min(deadline - now));
        attempt = GetActionAttempt::new(attempt.action_attempt_id).send(client)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attempts_decode_by_status() {
        let pending: ActionAttempt = serde_json::from_str(
            r#"{"action_attempt_id":"e3d736c1-540d-4d10-83e5-9a4e135453b4","action_type":"UNLOCK_DOOR","status":"pending","result":null,"error":null}"#,
        )
        .unwrap();
        assert_eq!(pending.action_type, ActionType::UnlockDoor);
        assert_eq!(pending.status, ActionAttemptStatus::Pending);
        assert!(!pending.is_resolved());

        let success: ActionAttempt = serde_json::from_str(
            r#"{"action_attempt_id":"e3d736c1-540d-4d10-83e5-9a4e135453b4","action_type":"LOCK_DOOR","status":"success","result":{"was_confirmed_by_device":true},"error":null}"#,
        )
        .unwrap();
        assert_eq!(
            success.status,
            ActionAttemptStatus::Success {
                result: serde_json::json!({"was_confirmed_by_device": true})
            }
        );

        let failed: ActionAttempt = serde_json::from_str(
            r#"{"action_attempt_id":"e3d736c1-540d-4d10-83e5-9a4e135453b4","action_type":"TELEPORT","status":"error","result":null,"error":{"type":"lock_jammed","message":"Jammed"}}"#,
        )
        .unwrap();
        assert_eq!(failed.action_type, ActionType::Other("TELEPORT".into()));
        assert_eq!(failed.status_name(), "error");
        assert!(failed.is_resolved());

        let unknown: ActionAttempt = serde_json::from_str(
            r#"{"action_attempt_id":"e3d736c1-540d-4d10-83e5-9a4e135453b4","action_type":"LOCK_DOOR","status":"queued"}"#,
        )
        .unwrap();
        assert_eq!(unknown.status, ActionAttemptStatus::Other("queued".into()));
        assert!(!unknown.is_resolved());

        for attempt in [&pending, &success, &failed, &unknown] {
            let again: ActionAttempt =
                serde_json::from_value(serde_json::to_value(attempt).unwrap()).unwrap();
            assert_eq!(&again, attempt, "round trip");
        }

        let broken = serde_json::from_str::<ActionAttempt>(
            r#"{"action_attempt_id":"e3d736c1-540d-4d10-83e5-9a4e135453b4","action_type":"LOCK_DOOR","status":"error"}"#,
        );
        assert!(
            broken
                .unwrap_err()
                .to_string()
                .contains("missing field `error`")
        );
    }

    #[test]
    fn a_zero_poll_interval_is_invalid() {
        let err = WaitOptions::default()
            .poll_interval(Duration::ZERO)
            .validate()
            .unwrap_err();
        assert!(err.to_string().contains("polling interval"), "{err}");
        assert!(
            WaitOptions::default()
                .timeout(Duration::ZERO)
                .validate()
                .is_ok()
        );
    }
}
