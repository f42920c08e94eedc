//! The `access_grants` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{AccessGrant, AccessMode, Batch, UnmanagedAccessGrant};

/// `POST /access_grants/create`: returns [`AccessGrant`](crate::resources::AccessGrant) (under `access_grant`).
///
/// Some parameters are checked before anything is sent.
///
/// See <https://docs.seam.co/api/access_grants/create>.
#[crate::seam_endpoint(POST, "/access_grants/create", response = crate::resources::AccessGrant, key = "access_grant", validate = crate::overlays::access_grants::check_create)]
#[non_exhaustive]
pub struct CreateAccessGrant {
    /// Which one of `user_identity_id`, `user_identity` to send.
    #[serde(flatten)]
    pub user_identity: Grantee,
    /// `requested_access_methods`: a list of [`AccessMethodRequest`] (required).
    pub requested_access_methods: Vec<AccessMethodRequest>,
    /// `access_grant_key`: a string (optional).
    pub access_grant_key: Option<String>,
    /// `acs_entrance_ids`: a list of id (UUID) (optional).
    pub acs_entrance_ids: Option<Vec<crate::Uuid>>,
    /// `customization_profile_id`: an id (UUID) (optional).
    pub customization_profile_id: Option<crate::Uuid>,
    /// `device_ids`: a list of id (UUID) (optional).
    pub device_ids: Option<Vec<crate::Uuid>>,
    /// `ends_at`: a timestamp (optional, may be null).
    pub ends_at: Option<crate::Nullable<crate::Timestamp>>,
    /// `location`: a [`NewLocation`] (optional).
    #[deprecated(note = "Seam: Create a space first, then reference it using `space_ids`.")]
    pub location: Option<NewLocation>,
    /// `location_ids`: a list of id (UUID) (optional).
    #[deprecated(note = "Seam: Use `space_ids`.")]
    pub location_ids: Option<Vec<crate::Uuid>>,
    /// `name`: a string (optional, may be null).
    pub name: Option<crate::Nullable<String>>,
    /// `reservation_key`: a string (optional).
    pub reservation_key: Option<String>,
    /// `space_ids`: a list of id (UUID) (optional).
    pub space_ids: Option<Vec<crate::Uuid>>,
    /// `space_keys`: a list of string (optional).
    pub space_keys: Option<Vec<String>>,
    /// `starts_at`: a timestamp (optional).
    pub starts_at: Option<crate::Timestamp>,
}

#[allow(deprecated)]
impl CreateAccessGrant {
    /// A request with its required parameters (`user_identity`, `requested_access_methods`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_identity: impl Into<Grantee>,
        requested_access_methods: impl IntoIterator<Item = impl Into<AccessMethodRequest>>,
    ) -> Self {
        CreateAccessGrant {
            user_identity: user_identity.into(),
            requested_access_methods: requested_access_methods
                .into_iter()
                .map(Into::into)
                .collect(),
            access_grant_key: None,
            acs_entrance_ids: None,
            customization_profile_id: None,
            device_ids: None,
            ends_at: None,
            location: None,
            location_ids: None,
            name: None,
            reservation_key: None,
            space_ids: None,
            space_keys: None,
            starts_at: None,
        }
    }
}

crate::setters::setters! {
    CreateAccessGrant {
        /// Sets `access_grant_key`.
        value access_grant_key: String,
        /// Sets `acs_entrance_ids`.
        list acs_entrance_ids: crate::Uuid,
        /// Sets `customization_profile_id`.
        plain customization_profile_id: crate::Uuid,
        /// Sets `device_ids`.
        list device_ids: crate::Uuid,
        /// Sets `ends_at`.
        nullable ends_at: crate::Timestamp,
        /// Sets `location`.
        #[deprecated(note = "Seam: Create a space first, then reference it using `space_ids`.")]
        value location: NewLocation,
        /// Sets `location_ids`.
        #[deprecated(note = "Seam: Use `space_ids`.")]
        list location_ids: crate::Uuid,
        /// Sets `name`.
        nullable name: String,
        /// Sets `reservation_key`.
        value reservation_key: String,
        /// Sets `space_ids`.
        list space_ids: crate::Uuid,
        /// Sets `space_keys`.
        list space_keys: String,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
    }
}

/// `POST /access_grants/delete`: returns nothing but success.
///
/// See <https://docs.seam.co/api/access_grants/delete>.
#[crate::seam_endpoint(POST, "/access_grants/delete")]
#[non_exhaustive]
pub struct DeleteAccessGrant {
    /// `access_grant_id`: an id (UUID) (required).
    pub access_grant_id: crate::Uuid,
}

#[allow(deprecated)]
impl DeleteAccessGrant {
    /// A request with its required parameters (`access_grant_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_grant_id: crate::Uuid) -> Self {
        DeleteAccessGrant { access_grant_id }
    }
}

/// `POST /access_grants/get`: returns [`AccessGrant`](crate::resources::AccessGrant) (under `access_grant`).
///
/// See <https://docs.seam.co/api/access_grants/get>.
#[crate::seam_endpoint(POST, "/access_grants/get", response = crate::resources::AccessGrant, key = "access_grant")]
#[non_exhaustive]
pub struct GetAccessGrant {
    /// Which one of `access_grant_id`, `access_grant_key` to send.
    #[serde(flatten)]
    pub access_grant: AccessGrantRef,
}

#[allow(deprecated)]
impl GetAccessGrant {
    /// A request with its required parameters (`access_grant`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_grant: impl Into<AccessGrantRef>) -> Self {
        GetAccessGrant {
            access_grant: access_grant.into(),
        }
    }
}

/// `GET /access_grants/get_related`: returns [`Batch`](crate::resources::Batch) (under `batch`).
///
/// See <https://docs.seam.co/api/access_grants/get_related>.
#[crate::seam_endpoint(GET, "/access_grants/get_related", response = crate::resources::Batch, key = "batch")]
#[derive(Default)]
#[non_exhaustive]
pub struct GetRelated {
    /// `access_grant_ids`: a list of id (UUID) (optional).
    pub access_grant_ids: Option<Vec<crate::Uuid>>,
    /// `access_grant_keys`: a list of string (optional).
    pub access_grant_keys: Option<Vec<String>>,
    /// `exclude`: a list of [`GetRelatedExclude`] (optional).
    pub exclude: Option<Vec<GetRelatedExclude>>,
    /// `include`: a list of [`GetRelatedInclude`] (optional).
    pub include: Option<Vec<GetRelatedInclude>>,
}

#[allow(deprecated)]
impl GetRelated {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        GetRelated {
            access_grant_ids: None,
            access_grant_keys: None,
            exclude: None,
            include: None,
        }
    }
}

crate::setters::setters! {
    GetRelated {
        /// Sets `access_grant_ids`.
        list access_grant_ids: crate::Uuid,
        /// Sets `access_grant_keys`.
        list access_grant_keys: String,
        /// Sets `exclude`.
        list exclude: GetRelatedExclude,
        /// Sets `include`.
        list include: GetRelatedInclude,
    }
}

/// `GET /access_grants/list`: returns one page of [`AccessGrant`](crate::resources::AccessGrant) (under `access_grants`); walk every page with [`Client::paginate`](crate::Client::paginate).
///
/// See <https://docs.seam.co/api/access_grants/list>.
#[crate::seam_endpoint(GET, "/access_grants/list", response = ListAccessGrantsPage, paginated)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListAccessGrants {
    /// `access_code_id`: an id (UUID) (optional).
    pub access_code_id: Option<crate::Uuid>,
    /// `access_grant_ids`: a list of id (UUID) (optional).
    pub access_grant_ids: Option<Vec<crate::Uuid>>,
    /// `access_grant_key`: a string (optional, may be null).
    pub access_grant_key: Option<crate::Nullable<String>>,
    /// `acs_entrance_id`: an id (UUID) (optional).
    pub acs_entrance_id: Option<crate::Uuid>,
    /// `acs_system_id`: an id (UUID) (optional).
    pub acs_system_id: Option<crate::Uuid>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
    /// `limit`: an integer (optional).
    pub limit: Option<u32>,
    /// `location_id`: an id (UUID) (optional).
    #[deprecated(note = "Seam: Use `space_id`.")]
    pub location_id: Option<crate::Uuid>,
    /// `page_cursor`: a string (optional, may be null).
    pub page_cursor: Option<String>,
    /// `reservation_key`: a string (optional).
    pub reservation_key: Option<String>,
    /// `space_id`: an id (UUID) (optional).
    pub space_id: Option<crate::Uuid>,
    /// `user_identity_id`: an id (UUID) (optional).
    pub user_identity_id: Option<crate::Uuid>,
}

#[allow(deprecated)]
impl ListAccessGrants {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListAccessGrants {
            access_code_id: None,
            access_grant_ids: None,
            access_grant_key: None,
            acs_entrance_id: None,
            acs_system_id: None,
            customer_key: None,
            device_id: None,
            limit: None,
            location_id: None,
            page_cursor: None,
            reservation_key: None,
            space_id: None,
            user_identity_id: None,
        }
    }
}

crate::setters::setters! {
    ListAccessGrants {
        /// Sets `access_code_id`.
        plain access_code_id: crate::Uuid,
        /// Sets `access_grant_ids`.
        list access_grant_ids: crate::Uuid,
        /// Sets `access_grant_key`.
        nullable access_grant_key: String,
        /// Sets `acs_entrance_id`.
        plain acs_entrance_id: crate::Uuid,
        /// Sets `acs_system_id`.
        plain acs_system_id: crate::Uuid,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
        /// Sets `limit`.
        plain limit: u32,
        /// Sets `location_id`.
        #[deprecated(note = "Seam: Use `space_id`.")]
        plain location_id: crate::Uuid,
        /// Sets `page_cursor`.
        value page_cursor: String,
        /// Sets `reservation_key`.
        value reservation_key: String,
        /// Sets `space_id`.
        plain space_id: crate::Uuid,
        /// Sets `user_identity_id`.
        plain user_identity_id: crate::Uuid,
    }
}

/// One page of `access_grants`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListAccessGrantsPage {
    /// The items of this page.
    pub access_grants: Vec<crate::resources::AccessGrant>,
    /// Where this page stands.
    #[serde(default)]
    pub pagination: crate::Pagination,
}

impl crate::PageResponse for ListAccessGrantsPage {
    type Item = crate::resources::AccessGrant;

    fn into_page(self) -> crate::Page<crate::resources::AccessGrant> {
        crate::Page {
            items: self.access_grants,
            pagination: self.pagination,
        }
    }
}

/// `POST /access_grants/request_access_methods`: returns [`AccessGrant`](crate::resources::AccessGrant) (under `access_grant`).
///
/// Some parameters are checked before anything is sent.
///
/// See <https://docs.seam.co/api/access_grants/request_access_methods>.
#[crate::seam_endpoint(POST, "/access_grants/request_access_methods", response = crate::resources::AccessGrant, key = "access_grant", validate = crate::overlays::access_grants::check_request_access_methods)]
#[non_exhaustive]
pub struct RequestAccessMethods {
    /// `access_grant_id`: an id (UUID) (required).
    pub access_grant_id: crate::Uuid,
    /// `requested_access_methods`: a list of [`AccessMethodRequest`] (required).
    pub requested_access_methods: Vec<AccessMethodRequest>,
}

#[allow(deprecated)]
impl RequestAccessMethods {
    /// A request with its required parameters (`access_grant_id`, `requested_access_methods`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        access_grant_id: crate::Uuid,
        requested_access_methods: impl IntoIterator<Item = impl Into<AccessMethodRequest>>,
    ) -> Self {
        RequestAccessMethods {
            access_grant_id,
            requested_access_methods: requested_access_methods
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

/// `POST /access_grants/update`: returns nothing but success.
///
/// Some parameters are checked before anything is sent.
///
/// See <https://docs.seam.co/api/access_grants/update>.
#[crate::seam_endpoint(POST, "/access_grants/update", validate = crate::overlays::access_grants::check_update)]
#[derive(Default)]
#[non_exhaustive]
pub struct UpdateAccessGrant {
    /// `access_grant_id`: an id (UUID) (optional).
    pub access_grant_id: Option<crate::Uuid>,
    /// `access_grant_key`: a string (optional).
    pub access_grant_key: Option<String>,
    /// `ends_at`: a timestamp (optional, may be null).
    pub ends_at: Option<crate::Nullable<crate::Timestamp>>,
    /// `name`: a string (optional, may be null).
    pub name: Option<crate::Nullable<String>>,
    /// `starts_at`: a timestamp (optional).
    pub starts_at: Option<crate::Timestamp>,
}

#[allow(deprecated)]
impl UpdateAccessGrant {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        UpdateAccessGrant {
            access_grant_id: None,
            access_grant_key: None,
            ends_at: None,
            name: None,
            starts_at: None,
        }
    }
}

crate::setters::setters! {
    UpdateAccessGrant {
        /// Sets `access_grant_id`.
        plain access_grant_id: crate::Uuid,
        /// Sets `access_grant_key`.
        value access_grant_key: String,
        /// Sets `ends_at`.
        nullable ends_at: crate::Timestamp,
        /// Sets `name`.
        nullable name: String,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
    }
}

/// The `get_access_grant_access_grant` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub enum AccessGrantRef {
    /// By `access_grant_id`.
    #[serde(rename = "access_grant_id")]
    AccessGrantId(crate::Uuid),
    /// By `access_grant_key`.
    #[serde(rename = "access_grant_key")]
    AccessGrantKey(String),
}

impl From<crate::Uuid> for AccessGrantRef {
    fn from(value: crate::Uuid) -> Self {
        AccessGrantRef::AccessGrantId(value)
    }
}

impl From<String> for AccessGrantRef {
    fn from(value: String) -> Self {
        AccessGrantRef::AccessGrantKey(value)
    }
}

impl From<&str> for AccessGrantRef {
    fn from(value: &str) -> Self {
        AccessGrantRef::AccessGrantKey(value.to_owned())
    }
}

/// The `create_access_grant_requested_access_method` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodRequest {
    /// `code`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `instant_key_max_use_count`: an integer (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instant_key_max_use_count: Option<i64>,
    /// `mode`: a [`AccessMode`](crate::resources::AccessMode) (required).
    pub mode: crate::resources::AccessMode,
}

#[allow(deprecated)]
impl AccessMethodRequest {
    /// A request with its required parameters (`mode`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(mode: impl Into<crate::resources::AccessMode>) -> Self {
        AccessMethodRequest {
            code: None,
            instant_key_max_use_count: None,
            mode: mode.into(),
        }
    }
}

crate::setters::setters! {
    AccessMethodRequest {
        /// Sets `code`.
        value code: String,
        /// Sets `instant_key_max_use_count`.
        plain instant_key_max_use_count: i64,
    }
}

seamapi_runtime::string_enum! {
    /// The values of `get_related_exclude`.
    pub enum GetRelatedExclude {
        /// `spaces`.
        Spaces => "spaces",
        /// `devices`.
        Devices => "devices",
        /// `acs_entrances`.
        AcsEntrances => "acs_entrances",
        /// `connected_accounts`.
        ConnectedAccounts => "connected_accounts",
        /// `acs_systems`.
        AcsSystems => "acs_systems",
        /// `user_identities`.
        UserIdentities => "user_identities",
        /// `acs_access_groups`.
        AcsAccessGroups => "acs_access_groups",
        /// `access_methods`.
        AccessMethods => "access_methods",
    }
}

seamapi_runtime::string_enum! {
    /// The values of `get_related_include`.
    pub enum GetRelatedInclude {
        /// `spaces`.
        Spaces => "spaces",
        /// `devices`.
        Devices => "devices",
        /// `acs_entrances`.
        AcsEntrances => "acs_entrances",
        /// `connected_accounts`.
        ConnectedAccounts => "connected_accounts",
        /// `acs_systems`.
        AcsSystems => "acs_systems",
        /// `user_identities`.
        UserIdentities => "user_identities",
        /// `acs_access_groups`.
        AcsAccessGroups => "acs_access_groups",
        /// `access_methods`.
        AccessMethods => "access_methods",
    }
}

/// The `create_access_grant_user_identity` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub enum Grantee {
    /// By `user_identity_id`.
    #[serde(rename = "user_identity_id")]
    UserIdentityId(crate::Uuid),
    /// By `user_identity`.
    #[serde(rename = "user_identity")]
    UserIdentity(NewUserIdentity),
}

impl From<crate::Uuid> for Grantee {
    fn from(value: crate::Uuid) -> Self {
        Grantee::UserIdentityId(value)
    }
}

impl From<NewUserIdentity> for Grantee {
    fn from(value: NewUserIdentity) -> Self {
        Grantee::UserIdentity(value)
    }
}

/// The `create_access_grant_location` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NewLocation {
    /// `acs_entrance_ids`: a list of id (UUID) (optional).
    #[deprecated(note = "Seam: Use `acs_entrance_ids` at the top level.")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acs_entrance_ids: Option<Vec<crate::Uuid>>,
    /// `device_ids`: a list of id (UUID) (optional).
    #[deprecated(note = "Seam: Use `device_ids` at the top level.")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_ids: Option<Vec<crate::Uuid>>,
    /// `name`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[allow(deprecated)]
impl NewLocation {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        NewLocation {
            acs_entrance_ids: None,
            device_ids: None,
            name: None,
        }
    }
}

crate::setters::setters! {
    NewLocation {
        /// Sets `acs_entrance_ids`.
        #[deprecated(note = "Seam: Use `acs_entrance_ids` at the top level.")]
        list acs_entrance_ids: crate::Uuid,
        /// Sets `device_ids`.
        #[deprecated(note = "Seam: Use `device_ids` at the top level.")]
        list device_ids: crate::Uuid,
        /// Sets `name`.
        value name: String,
    }
}

/// The `create_access_grant_user_identity_user_identity` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NewUserIdentity {
    /// `email_address`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<crate::Nullable<String>>,
    /// `full_name`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_name: Option<crate::Nullable<String>>,
    /// `phone_number`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<crate::Nullable<String>>,
    /// `user_identity_key`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_identity_key: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl NewUserIdentity {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        NewUserIdentity {
            email_address: None,
            full_name: None,
            phone_number: None,
            user_identity_key: None,
        }
    }
}

crate::setters::setters! {
    NewUserIdentity {
        /// Sets `email_address`.
        nullable email_address: String,
        /// Sets `full_name`.
        nullable full_name: String,
        /// Sets `phone_number`.
        nullable phone_number: String,
        /// Sets `user_identity_key`.
        nullable user_identity_key: String,
    }
}

/// The `access_grants/unmanaged` endpoints.
pub mod unmanaged {
    /// `GET /access_grants/unmanaged/get`: returns [`UnmanagedAccessGrant`](crate::resources::UnmanagedAccessGrant) (under `access_grant`).
    ///
    /// See <https://docs.seam.co/api/access_grants/unmanaged/get>.
    #[crate::seam_endpoint(GET, "/access_grants/unmanaged/get", response = crate::resources::UnmanagedAccessGrant, key = "access_grant")]
    #[non_exhaustive]
    pub struct GetUnmanagedAccessGrant {
        /// `access_grant_id`: an id (UUID) (required).
        pub access_grant_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl GetUnmanagedAccessGrant {
        /// A request with its required parameters (`access_grant_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(access_grant_id: crate::Uuid) -> Self {
            GetUnmanagedAccessGrant { access_grant_id }
        }
    }

    /// `GET /access_grants/unmanaged/list`: returns one page of [`UnmanagedAccessGrant`](crate::resources::UnmanagedAccessGrant) (under `access_grants`); walk every page with [`Client::paginate`](crate::Client::paginate).
    ///
    /// See <https://docs.seam.co/api/access_grants/unmanaged/list>.
    #[crate::seam_endpoint(GET, "/access_grants/unmanaged/list", response = ListUnmanagedAccessGrantsPage, paginated)]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ListUnmanagedAccessGrants {
        /// `acs_entrance_id`: an id (UUID) (optional).
        pub acs_entrance_id: Option<crate::Uuid>,
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `limit`: an integer (optional).
        pub limit: Option<u32>,
        /// `page_cursor`: a string (optional, may be null).
        pub page_cursor: Option<String>,
        /// `reservation_key`: a string (optional).
        pub reservation_key: Option<String>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl ListUnmanagedAccessGrants {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ListUnmanagedAccessGrants {
                acs_entrance_id: None,
                acs_system_id: None,
                limit: None,
                page_cursor: None,
                reservation_key: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        ListUnmanagedAccessGrants {
            /// Sets `acs_entrance_id`.
            plain acs_entrance_id: crate::Uuid,
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `limit`.
            plain limit: u32,
            /// Sets `page_cursor`.
            value page_cursor: String,
            /// Sets `reservation_key`.
            value reservation_key: String,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// One page of `access_grants`.
    #[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ListUnmanagedAccessGrantsPage {
        /// The items of this page.
        pub access_grants: Vec<crate::resources::UnmanagedAccessGrant>,
        /// Where this page stands.
        #[serde(default)]
        pub pagination: crate::Pagination,
    }

    impl crate::PageResponse for ListUnmanagedAccessGrantsPage {
        type Item = crate::resources::UnmanagedAccessGrant;

        fn into_page(self) -> crate::Page<crate::resources::UnmanagedAccessGrant> {
            crate::Page {
                items: self.access_grants,
                pagination: self.pagination,
            }
        }
    }

    /// `POST /access_grants/unmanaged/update`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/access_grants/unmanaged/update>.
    #[crate::seam_endpoint(POST, "/access_grants/unmanaged/update")]
    #[non_exhaustive]
    pub struct UpdateUnmanagedAccessGrant {
        /// `access_grant_id`: an id (UUID) (required).
        pub access_grant_id: crate::Uuid,
        /// `is_managed`: a boolean (required).
        pub is_managed: bool,
        /// `access_grant_key`: a string (optional).
        pub access_grant_key: Option<String>,
    }

    #[allow(deprecated)]
    impl UpdateUnmanagedAccessGrant {
        /// A request with its required parameters (`access_grant_id`, `is_managed`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(access_grant_id: crate::Uuid, is_managed: bool) -> Self {
            UpdateUnmanagedAccessGrant {
                access_grant_id,
                is_managed,
                access_grant_key: None,
            }
        }
    }

    crate::setters::setters! {
        UpdateUnmanagedAccessGrant {
            /// Sets `access_grant_key`.
            value access_grant_key: String,
        }
    }
}
