//! The `webhooks` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

/// `POST /webhooks/create`: returns [`Webhook`](crate::resources::Webhook) (under `webhook`).
///
/// See <https://docs.seam.co/api/webhooks/create>.
#[crate::seam_endpoint(POST, "/webhooks/create", response = crate::resources::Webhook, key = "webhook")]
#[non_exhaustive]
pub struct CreateWebhook {
    /// `url`: a string (required).
    pub url: String,
    /// `event_types`: a list of string (optional).
    pub event_types: Option<Vec<String>>,
}

#[allow(deprecated)]
impl CreateWebhook {
    /// A request with its required parameters (`url`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(url: impl Into<String>) -> Self {
        CreateWebhook {
            url: url.into(),
            event_types: None,
        }
    }
}

crate::setters::setters! {
    CreateWebhook {
        /// Sets `event_types`.
        list event_types: String,
    }
}

/// `POST /webhooks/delete`: returns nothing but success.
///
/// See <https://docs.seam.co/api/webhooks/delete>.
#[crate::seam_endpoint(POST, "/webhooks/delete")]
#[non_exhaustive]
pub struct DeleteWebhook {
    /// `webhook_id`: a string (required).
    pub webhook_id: String,
}

#[allow(deprecated)]
impl DeleteWebhook {
    /// A request with its required parameters (`webhook_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(webhook_id: impl Into<String>) -> Self {
        DeleteWebhook {
            webhook_id: webhook_id.into(),
        }
    }
}

/// `GET /webhooks/get`: returns [`Webhook`](crate::resources::Webhook) (under `webhook`).
///
/// See <https://docs.seam.co/api/webhooks/get>.
#[crate::seam_endpoint(GET, "/webhooks/get", response = crate::resources::Webhook, key = "webhook")]
#[non_exhaustive]
pub struct GetWebhook {
    /// `webhook_id`: a string (required).
    pub webhook_id: String,
}

#[allow(deprecated)]
impl GetWebhook {
    /// A request with its required parameters (`webhook_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(webhook_id: impl Into<String>) -> Self {
        GetWebhook {
            webhook_id: webhook_id.into(),
        }
    }
}

/// `POST /webhooks/list`: returns a list of [`Webhook`](crate::resources::Webhook) (under `webhooks`).
///
/// See <https://docs.seam.co/api/webhooks/list>.
#[crate::seam_endpoint(POST, "/webhooks/list", response = Vec<crate::resources::Webhook>, key = "webhooks")]
#[derive(Default)]
pub struct ListWebhooks;

#[allow(deprecated)]
impl ListWebhooks {
    /// The request (the endpoint takes no parameters).
    pub fn new() -> Self {
        ListWebhooks
    }
}

/// `POST /webhooks/update`: returns nothing but success.
///
/// See <https://docs.seam.co/api/webhooks/update>.
#[crate::seam_endpoint(POST, "/webhooks/update")]
#[non_exhaustive]
pub struct UpdateWebhook {
    /// `event_types`: a list of string (required).
    pub event_types: Vec<String>,
    /// `webhook_id`: a string (required).
    pub webhook_id: String,
}

#[allow(deprecated)]
impl UpdateWebhook {
    /// A request with its required parameters (`event_types`, `webhook_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        event_types: impl IntoIterator<Item = impl Into<String>>,
        webhook_id: impl Into<String>,
    ) -> Self {
        UpdateWebhook {
            event_types: event_types.into_iter().map(Into::into).collect(),
            webhook_id: webhook_id.into(),
        }
    }
}
