//! The `client_sessions` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::ClientSession;

/// `POST /client_sessions/create`: returns [`ClientSession`](crate::resources::ClientSession) (under `client_session`).
///
/// See <https://docs.seam.co/api/client_sessions/create>.
#[crate::seam_endpoint(POST, "/client_sessions/create", response = crate::resources::ClientSession, key = "client_session")]
#[derive(Default)]
#[non_exhaustive]
pub struct CreateClientSession {
    /// `connect_webview_ids`: a list of string (optional).
    pub connect_webview_ids: Option<Vec<String>>,
    /// `connected_account_ids`: a list of string (optional).
    pub connected_account_ids: Option<Vec<String>>,
    /// `customer_id`: a string (optional).
    pub customer_id: Option<String>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `expires_at`: a timestamp (optional).
    pub expires_at: Option<crate::Timestamp>,
    /// `user_identifier_key`: a string (optional).
    pub user_identifier_key: Option<String>,
    /// `user_identity_id`: an id (UUID) (optional).
    pub user_identity_id: Option<crate::Uuid>,
    /// `user_identity_ids`: a list of id (UUID) (optional).
    #[deprecated(note = "Seam: Use `user_identity_id` instead.")]
    pub user_identity_ids: Option<Vec<crate::Uuid>>,
}

#[allow(deprecated)]
impl CreateClientSession {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreateClientSession {
            connect_webview_ids: None,
            connected_account_ids: None,
            customer_id: None,
            customer_key: None,
            expires_at: None,
            user_identifier_key: None,
            user_identity_id: None,
            user_identity_ids: None,
        }
    }
}

crate::setters::setters! {
    CreateClientSession {
        /// Sets `connect_webview_ids`.
        list connect_webview_ids: String,
        /// Sets `connected_account_ids`.
        list connected_account_ids: String,
        /// Sets `customer_id`.
        value customer_id: String,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `expires_at`.
        plain expires_at: crate::Timestamp,
        /// Sets `user_identifier_key`.
        value user_identifier_key: String,
        /// Sets `user_identity_id`.
        plain user_identity_id: crate::Uuid,
        /// Sets `user_identity_ids`.
        #[deprecated(note = "Seam: Use `user_identity_id` instead.")]
        list user_identity_ids: crate::Uuid,
    }
}

/// `POST /client_sessions/delete`: returns nothing but success.
///
/// See <https://docs.seam.co/api/client_sessions/delete>.
#[crate::seam_endpoint(POST, "/client_sessions/delete")]
#[non_exhaustive]
pub struct DeleteClientSession {
    /// `client_session_id`: an id (UUID) (required).
    pub client_session_id: crate::Uuid,
}

#[allow(deprecated)]
impl DeleteClientSession {
    /// A request with its required parameters (`client_session_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(client_session_id: crate::Uuid) -> Self {
        DeleteClientSession { client_session_id }
    }
}

/// `GET /client_sessions/get`: returns [`ClientSession`](crate::resources::ClientSession) (under `client_session`).
///
/// See <https://docs.seam.co/api/client_sessions/get>.
#[crate::seam_endpoint(GET, "/client_sessions/get", response = crate::resources::ClientSession, key = "client_session")]
#[derive(Default)]
#[non_exhaustive]
pub struct GetClientSession {
    /// `client_session_id`: an id (UUID) (optional).
    pub client_session_id: Option<crate::Uuid>,
    /// `user_identifier_key`: a string (optional).
    pub user_identifier_key: Option<String>,
}

#[allow(deprecated)]
impl GetClientSession {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        GetClientSession {
            client_session_id: None,
            user_identifier_key: None,
        }
    }
}

crate::setters::setters! {
    GetClientSession {
        /// Sets `client_session_id`.
        plain client_session_id: crate::Uuid,
        /// Sets `user_identifier_key`.
        value user_identifier_key: String,
    }
}

/// `POST /client_sessions/get_or_create`: returns [`ClientSession`](crate::resources::ClientSession) (under `client_session`).
///
/// See <https://docs.seam.co/api/client_sessions/get_or_create>.
#[crate::seam_endpoint(POST, "/client_sessions/get_or_create", response = crate::resources::ClientSession, key = "client_session")]
#[derive(Default)]
#[non_exhaustive]
pub struct GetOrCreate {
    /// `connect_webview_ids`: a list of string (optional).
    pub connect_webview_ids: Option<Vec<String>>,
    /// `connected_account_ids`: a list of string (optional).
    pub connected_account_ids: Option<Vec<String>>,
    /// `expires_at`: a timestamp (optional).
    pub expires_at: Option<crate::Timestamp>,
    /// `user_identifier_key`: a string (optional).
    pub user_identifier_key: Option<String>,
    /// `user_identity_id`: an id (UUID) (optional).
    pub user_identity_id: Option<crate::Uuid>,
    /// `user_identity_ids`: a list of id (UUID) (optional).
    #[deprecated(note = "Seam: Use `user_identity_id`.")]
    pub user_identity_ids: Option<Vec<crate::Uuid>>,
}

#[allow(deprecated)]
impl GetOrCreate {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        GetOrCreate {
            connect_webview_ids: None,
            connected_account_ids: None,
            expires_at: None,
            user_identifier_key: None,
            user_identity_id: None,
            user_identity_ids: None,
        }
    }
}

crate::setters::setters! {
    GetOrCreate {
        /// Sets `connect_webview_ids`.
        list connect_webview_ids: String,
        /// Sets `connected_account_ids`.
        list connected_account_ids: String,
        /// Sets `expires_at`.
        plain expires_at: crate::Timestamp,
        /// Sets `user_identifier_key`.
        value user_identifier_key: String,
        /// Sets `user_identity_id`.
        plain user_identity_id: crate::Uuid,
        /// Sets `user_identity_ids`.
        #[deprecated(note = "Seam: Use `user_identity_id`.")]
        list user_identity_ids: crate::Uuid,
    }
}

/// `POST /client_sessions/grant_access`: returns nothing but success.
///
/// See <https://docs.seam.co/api/client_sessions/grant_access>.
#[crate::seam_endpoint(POST, "/client_sessions/grant_access")]
#[derive(Default)]
#[non_exhaustive]
pub struct GrantAccess {
    /// `client_session_id`: a string (optional).
    pub client_session_id: Option<String>,
    /// `connect_webview_ids`: a list of string (optional).
    pub connect_webview_ids: Option<Vec<String>>,
    /// `connected_account_ids`: a list of string (optional).
    pub connected_account_ids: Option<Vec<String>>,
    /// `user_identifier_key`: a string (optional).
    pub user_identifier_key: Option<String>,
    /// `user_identity_id`: a string (optional).
    pub user_identity_id: Option<String>,
    /// `user_identity_ids`: a list of string (optional).
    #[deprecated(note = "Seam: Use `user_identity_id`.")]
    pub user_identity_ids: Option<Vec<String>>,
}

#[allow(deprecated)]
impl GrantAccess {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        GrantAccess {
            client_session_id: None,
            connect_webview_ids: None,
            connected_account_ids: None,
            user_identifier_key: None,
            user_identity_id: None,
            user_identity_ids: None,
        }
    }
}

crate::setters::setters! {
    GrantAccess {
        /// Sets `client_session_id`.
        value client_session_id: String,
        /// Sets `connect_webview_ids`.
        list connect_webview_ids: String,
        /// Sets `connected_account_ids`.
        list connected_account_ids: String,
        /// Sets `user_identifier_key`.
        value user_identifier_key: String,
        /// Sets `user_identity_id`.
        value user_identity_id: String,
        /// Sets `user_identity_ids`.
        #[deprecated(note = "Seam: Use `user_identity_id`.")]
        list user_identity_ids: String,
    }
}

/// `GET /client_sessions/list`: returns a list of [`ClientSession`](crate::resources::ClientSession) (under `client_sessions`).
///
/// See <https://docs.seam.co/api/client_sessions/list>.
#[crate::seam_endpoint(GET, "/client_sessions/list", response = Vec<crate::resources::ClientSession>, key = "client_sessions")]
#[derive(Default)]
#[non_exhaustive]
pub struct ListClientSessions {
    /// `client_session_id`: a string (optional).
    pub client_session_id: Option<String>,
    /// `connect_webview_id`: a string (optional).
    pub connect_webview_id: Option<String>,
    /// `user_identifier_key`: a string (optional).
    pub user_identifier_key: Option<String>,
    /// `user_identity_id`: a string (optional).
    pub user_identity_id: Option<String>,
    /// `without_user_identifier_key`: a boolean (optional).
    pub without_user_identifier_key: Option<bool>,
}

#[allow(deprecated)]
impl ListClientSessions {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListClientSessions {
            client_session_id: None,
            connect_webview_id: None,
            user_identifier_key: None,
            user_identity_id: None,
            without_user_identifier_key: None,
        }
    }
}

crate::setters::setters! {
    ListClientSessions {
        /// Sets `client_session_id`.
        value client_session_id: String,
        /// Sets `connect_webview_id`.
        value connect_webview_id: String,
        /// Sets `user_identifier_key`.
        value user_identifier_key: String,
        /// Sets `user_identity_id`.
        value user_identity_id: String,
        /// Sets `without_user_identifier_key`.
        plain without_user_identifier_key: bool,
    }
}

/// `POST /client_sessions/revoke`: returns nothing but success.
///
/// See <https://docs.seam.co/api/client_sessions/revoke>.
#[crate::seam_endpoint(POST, "/client_sessions/revoke")]
#[non_exhaustive]
pub struct Revoke {
    /// `client_session_id`: an id (UUID) (required).
    pub client_session_id: crate::Uuid,
}

#[allow(deprecated)]
impl Revoke {
    /// A request with its required parameters (`client_session_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(client_session_id: crate::Uuid) -> Self {
        Revoke { client_session_id }
    }
}
