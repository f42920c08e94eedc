//! The `instant_keys` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::InstantKey;

/// `POST /instant_keys/delete`: returns nothing but success.
///
/// See <https://docs.seam.co/api/instant_keys/delete>.
#[crate::seam_endpoint(POST, "/instant_keys/delete")]
#[non_exhaustive]
pub struct DeleteInstantKey {
    /// `instant_key_id`: an id (UUID) (required).
    pub instant_key_id: crate::Uuid,
}

#[allow(deprecated)]
impl DeleteInstantKey {
    /// A request with its required parameters (`instant_key_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instant_key_id: crate::Uuid) -> Self {
        DeleteInstantKey { instant_key_id }
    }
}

/// `GET /instant_keys/get`: returns [`InstantKey`](crate::resources::InstantKey) (under `instant_key`).
///
/// See <https://docs.seam.co/api/instant_keys/get>.
#[crate::seam_endpoint(GET, "/instant_keys/get", response = crate::resources::InstantKey, key = "instant_key")]
#[derive(Default)]
#[non_exhaustive]
pub struct GetInstantKey {
    /// `instant_key_id`: an id (UUID) (optional).
    pub instant_key_id: Option<crate::Uuid>,
    /// `instant_key_url`: a string (optional).
    pub instant_key_url: Option<String>,
}

#[allow(deprecated)]
impl GetInstantKey {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        GetInstantKey {
            instant_key_id: None,
            instant_key_url: None,
        }
    }
}

crate::setters::setters! {
    GetInstantKey {
        /// Sets `instant_key_id`.
        plain instant_key_id: crate::Uuid,
        /// Sets `instant_key_url`.
        value instant_key_url: String,
    }
}

/// `GET /instant_keys/list`: returns a list of [`InstantKey`](crate::resources::InstantKey) (under `instant_keys`).
///
/// See <https://docs.seam.co/api/instant_keys/list>.
#[crate::seam_endpoint(GET, "/instant_keys/list", response = Vec<crate::resources::InstantKey>, key = "instant_keys")]
#[derive(Default)]
#[non_exhaustive]
pub struct ListInstantKeies {
    /// `user_identity_id`: an id (UUID) (optional).
    pub user_identity_id: Option<crate::Uuid>,
}

#[allow(deprecated)]
impl ListInstantKeies {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListInstantKeies {
            user_identity_id: None,
        }
    }
}

crate::setters::setters! {
    ListInstantKeies {
        /// Sets `user_identity_id`.
        plain user_identity_id: crate::Uuid,
    }
}
