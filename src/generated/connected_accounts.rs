//! The `connected_accounts` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{AcceptedCapability, ConnectedAccount};

/// `POST /connected_accounts/delete`: returns nothing but success.
///
/// See <https://docs.seam.co/api/connected_accounts/delete>.
#[crate::seam_endpoint(POST, "/connected_accounts/delete")]
#[non_exhaustive]
pub struct DeleteConnectedAccount {
    /// `connected_account_id`: an id (UUID) (required).
    pub connected_account_id: crate::Uuid,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
}

#[allow(deprecated)]
impl DeleteConnectedAccount {
    /// A request with its required parameters (`connected_account_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(connected_account_id: crate::Uuid) -> Self {
        DeleteConnectedAccount {
            connected_account_id,
            sync: None,
        }
    }
}

crate::setters::setters! {
    DeleteConnectedAccount {
        /// Sets `sync`.
        plain sync: bool,
    }
}

/// `POST /connected_accounts/get`: returns [`ConnectedAccount`](crate::resources::ConnectedAccount) (under `connected_account`).
///
/// See <https://docs.seam.co/api/connected_accounts/get>.
#[crate::seam_endpoint(POST, "/connected_accounts/get", response = crate::resources::ConnectedAccount, key = "connected_account")]
#[non_exhaustive]
pub struct GetConnectedAccount {
    /// Which one of `connected_account_id`, `email` to send.
    #[serde(flatten)]
    pub by: GetConnectedAccountBy,
}

#[allow(deprecated)]
impl GetConnectedAccount {
    /// A request with its required parameters (`by`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(by: impl Into<GetConnectedAccountBy>) -> Self {
        GetConnectedAccount { by: by.into() }
    }
}

/// `POST /connected_accounts/list`: returns one page of [`ConnectedAccount`](crate::resources::ConnectedAccount) (under `connected_accounts`); walk every page with [`Client::paginate`](crate::Client::paginate).
///
/// See <https://docs.seam.co/api/connected_accounts/list>.
#[crate::seam_endpoint(POST, "/connected_accounts/list", response = ListConnectedAccountsPage, paginated)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListConnectedAccounts {
    /// `custom_metadata_has`: an object of named values (optional).
    pub custom_metadata_has: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `limit`: an integer (optional).
    pub limit: Option<i64>,
    /// `page_cursor`: a string (optional, may be null).
    pub page_cursor: Option<String>,
    /// `search`: a string (optional).
    pub search: Option<String>,
    /// `space_id`: an id (UUID) (optional).
    pub space_id: Option<crate::Uuid>,
    /// `user_identifier_key`: a string (optional).
    pub user_identifier_key: Option<String>,
}

#[allow(deprecated)]
impl ListConnectedAccounts {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListConnectedAccounts {
            custom_metadata_has: None,
            customer_key: None,
            limit: None,
            page_cursor: None,
            search: None,
            space_id: None,
            user_identifier_key: None,
        }
    }
}

crate::setters::setters! {
    ListConnectedAccounts {
        /// Sets `custom_metadata_has`.
        value custom_metadata_has: ::std::collections::BTreeMap<String, crate::MetadataValue>,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `limit`.
        plain limit: i64,
        /// Sets `page_cursor`.
        value page_cursor: String,
        /// Sets `search`.
        value search: String,
        /// Sets `space_id`.
        plain space_id: crate::Uuid,
        /// Sets `user_identifier_key`.
        value user_identifier_key: String,
    }
}

/// One page of `connected_accounts`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListConnectedAccountsPage {
    /// The items of this page.
    pub connected_accounts: Vec<crate::resources::ConnectedAccount>,
    /// Where this page stands.
    #[serde(default)]
    pub pagination: crate::Pagination,
}

impl crate::PageResponse for ListConnectedAccountsPage {
    type Item = crate::resources::ConnectedAccount;

    fn into_page(self) -> crate::Page<crate::resources::ConnectedAccount> {
        crate::Page {
            items: self.connected_accounts,
            pagination: self.pagination,
        }
    }
}

/// `POST /connected_accounts/sync`: returns nothing but success.
///
/// See <https://docs.seam.co/api/connected_accounts/sync>.
#[crate::seam_endpoint(POST, "/connected_accounts/sync")]
#[non_exhaustive]
pub struct Sync {
    /// `connected_account_id`: an id (UUID) (required).
    pub connected_account_id: crate::Uuid,
}

#[allow(deprecated)]
impl Sync {
    /// A request with its required parameters (`connected_account_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(connected_account_id: crate::Uuid) -> Self {
        Sync {
            connected_account_id,
        }
    }
}

/// `POST /connected_accounts/update`: returns nothing but success.
///
/// See <https://docs.seam.co/api/connected_accounts/update>.
#[crate::seam_endpoint(POST, "/connected_accounts/update")]
#[non_exhaustive]
pub struct UpdateConnectedAccount {
    /// `connected_account_id`: an id (UUID) (required).
    pub connected_account_id: crate::Uuid,
    /// `accepted_capabilities`: a list of [`AcceptedCapability`](crate::resources::AcceptedCapability) (optional).
    pub accepted_capabilities: Option<Vec<crate::resources::AcceptedCapability>>,
    /// `automatically_manage_new_devices`: a boolean (optional).
    pub automatically_manage_new_devices: Option<bool>,
    /// `custom_metadata`: an object of named values (optional).
    pub custom_metadata: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `display_name`: a string (optional).
    pub display_name: Option<String>,
}

#[allow(deprecated)]
impl UpdateConnectedAccount {
    /// A request with its required parameters (`connected_account_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(connected_account_id: crate::Uuid) -> Self {
        UpdateConnectedAccount {
            connected_account_id,
            accepted_capabilities: None,
            automatically_manage_new_devices: None,
            custom_metadata: None,
            customer_key: None,
            display_name: None,
        }
    }
}

crate::setters::setters! {
    UpdateConnectedAccount {
        /// Sets `accepted_capabilities`.
        list accepted_capabilities: crate::resources::AcceptedCapability,
        /// Sets `automatically_manage_new_devices`.
        plain automatically_manage_new_devices: bool,
        /// Sets `custom_metadata`.
        value custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `display_name`.
        value display_name: String,
    }
}

/// The `get_connected_account_by` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub enum GetConnectedAccountBy {
    /// By `connected_account_id`.
    #[serde(rename = "connected_account_id")]
    ConnectedAccountId(crate::Uuid),
    /// By `email`.
    #[serde(rename = "email")]
    Email(String),
}

impl From<crate::Uuid> for GetConnectedAccountBy {
    fn from(value: crate::Uuid) -> Self {
        GetConnectedAccountBy::ConnectedAccountId(value)
    }
}

impl From<String> for GetConnectedAccountBy {
    fn from(value: String) -> Self {
        GetConnectedAccountBy::Email(value)
    }
}

impl From<&str> for GetConnectedAccountBy {
    fn from(value: &str) -> Self {
        GetConnectedAccountBy::Email(value.to_owned())
    }
}

/// The `connected_accounts/simulate` endpoints.
pub mod simulate {
    /// `POST /connected_accounts/simulate/disconnect`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/connected_accounts/simulate/disconnect>.
    #[crate::seam_endpoint(POST, "/connected_accounts/simulate/disconnect")]
    #[non_exhaustive]
    pub struct Disconnect {
        /// `connected_account_id`: an id (UUID) (required).
        pub connected_account_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl Disconnect {
        /// A request with its required parameters (`connected_account_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(connected_account_id: crate::Uuid) -> Self {
            Disconnect {
                connected_account_id,
            }
        }
    }
}
