//! The event a Seam webhook carries, until the generated `SeamEvent` lands.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{Timestamp, Uuid};

/// What [`Webhook::verify_event`](super::Webhook::verify_event) returns:
/// the typed event, one variant per `event_type` of Seam's OpenAPI
/// document, unknown types kept in `Other`.
pub type WebhookEvent = crate::resources::SeamEvent;

/// One Seam event, with its common fields typed and the rest kept as they
/// came: for `verify::<Event>`, when the typed [`WebhookEvent`] is more
/// than needed.
///
/// Forward-compatible: the fields every event carries are typed, and every
/// other field (`method`, `action_attempt_id`, `access_code_id`, …) is kept
/// in [`Event::other`], so an event type this SDK has never heard of still
/// decodes.
///
/// ```
/// # use seamapi::webhooks::Event;
/// let event: Event = serde_json::from_str(r#"{
///     "event_id": "8b3ef5d4-8a58-4e8e-9c8a-1c4b5d3e7f01",
///     "event_type": "lock.unlocked",
///     "workspace_id": "398d80b7-3f96-47c2-b85a-6f8ba21d07be",
///     "device_id": "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
///     "created_at": "2025-06-16T16:54:17.946Z",
///     "method": "remote"
/// }"#)?;
/// assert_eq!(event.event_type, "lock.unlocked");
/// assert_eq!(event.other["method"], "remote");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Event {
    /// The event's id.
    pub event_id: Uuid,
    /// What happened: `lock.unlocked`, `access_code.set_on_device`, …
    pub event_type: String,
    /// The workspace the event belongs to.
    pub workspace_id: Uuid,
    /// When Seam recorded the event.
    pub created_at: Timestamp,
    /// When the event happened, where Seam knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurred_at: Option<Timestamp>,
    /// The device concerned, for device events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<Uuid>,
    /// Every other field of the event, as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}
