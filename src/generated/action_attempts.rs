//! The `action_attempts` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

/// `GET /action_attempts/get`: returns [`ActionAttempt`](crate::ActionAttempt) (under `action_attempt`).
///
/// See <https://docs.seam.co/api/action_attempts/get>.
#[crate::seam_endpoint(GET, "/action_attempts/get", response = crate::ActionAttempt, key = "action_attempt")]
#[non_exhaustive]
pub struct GetActionAttempt {
    /// `action_attempt_id`: an id (UUID) (required).
    pub action_attempt_id: crate::Uuid,
}

#[allow(deprecated)]
impl GetActionAttempt {
    /// A request with its required parameters (`action_attempt_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(action_attempt_id: crate::Uuid) -> Self {
        GetActionAttempt { action_attempt_id }
    }
}

/// `GET /action_attempts/list`: returns one page of [`ActionAttempt`](crate::ActionAttempt) (under `action_attempts`); walk every page with [`Client::paginate`](crate::Client::paginate).
///
/// See <https://docs.seam.co/api/action_attempts/list>.
#[crate::seam_endpoint(GET, "/action_attempts/list", response = ListActionAttemptsPage, paginated)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListActionAttempts {
    /// `action_attempt_ids`: a list of id (UUID) (optional).
    pub action_attempt_ids: Option<Vec<crate::Uuid>>,
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
    /// `limit`: an integer (optional).
    pub limit: Option<i64>,
    /// `page_cursor`: a string (optional, may be null).
    pub page_cursor: Option<String>,
}

#[allow(deprecated)]
impl ListActionAttempts {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListActionAttempts {
            action_attempt_ids: None,
            device_id: None,
            limit: None,
            page_cursor: None,
        }
    }
}

crate::setters::setters! {
    ListActionAttempts {
        /// Sets `action_attempt_ids`.
        list action_attempt_ids: crate::Uuid,
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
        /// Sets `limit`.
        plain limit: i64,
        /// Sets `page_cursor`.
        value page_cursor: String,
    }
}

/// One page of `action_attempts`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListActionAttemptsPage {
    /// The items of this page.
    pub action_attempts: Vec<crate::ActionAttempt>,
    /// Where this page stands.
    #[serde(default)]
    pub pagination: crate::Pagination,
}

impl crate::PageResponse for ListActionAttemptsPage {
    type Item = crate::ActionAttempt;

    fn into_page(self) -> crate::Page<crate::ActionAttempt> {
        crate::Page {
            items: self.action_attempts,
            pagination: self.pagination,
        }
    }
}
