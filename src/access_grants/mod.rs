//! Access grants: give a user identity access to spaces, entrances and
//! devices through PIN codes, cards and mobile keys.
//!
//! ```no_run
//! use seamapi::access_grants::{AccessMethodRequest, CreateAccessGrant};
//! use seamapi::{Client, Timestamp, Uuid};
//!
//! let client = Client::from_env()?;
//! let user_identity_id: Uuid = "e3d736c1-540d-4d10-83e5-9a4e135453b4".parse().unwrap();
//! let device_id: Uuid = "6ba7b811-9dad-11d1-80b4-00c04fd430c8".parse().unwrap();
//! let starts_at: Timestamp = "2025-06-16T16:54:17.946606Z".parse().unwrap();
//! let ends_at: Timestamp = "2025-06-18T16:54:17.946606Z".parse().unwrap();
//!
//! let grant = CreateAccessGrant::new(user_identity_id, [AccessMethodRequest::code()])
//!     .device_ids([device_id])
//!     .starts_at(starts_at)
//!     .ends_at(ends_at)
//!     .send(&client)?;
//! println!("{} from {} to {:?}", grant.access_grant_id, grant.starts_at, grant.ends_at);
//! # Ok::<(), seamapi::Error>(())
//! ```

pub mod unmanaged;

use serde::Serialize;

use crate::setters::setters;
use crate::{Error, Nullable, Pagination, Timestamp, Uuid, seam_endpoint, validate};

pub use crate::models::access_grant::*;
pub use crate::models::related::{AccessGrantRelated, RawResource};

/// Who receives a new access grant: an existing user identity, or one
/// created along with the grant. Exactly one of the two, by construction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Grantee {
    /// An existing user identity, by id (`user_identity_id`).
    #[serde(rename = "user_identity_id")]
    UserIdentityId(Uuid),
    /// A new user identity created with the grant (`user_identity`).
    #[serde(rename = "user_identity")]
    NewUserIdentity(NewUserIdentity),
}

impl From<Uuid> for Grantee {
    fn from(user_identity_id: Uuid) -> Self {
        Grantee::UserIdentityId(user_identity_id)
    }
}

impl From<NewUserIdentity> for Grantee {
    fn from(user_identity: NewUserIdentity) -> Self {
        Grantee::NewUserIdentity(user_identity)
    }
}

/// The details of a user identity created along with an access grant. Every
/// field is optional.
///
/// ```
/// use seamapi::access_grants::NewUserIdentity;
/// let guest = NewUserIdentity::default()
///     .full_name("Jane Doe")
///     .email_address("jane@example.com");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewUserIdentity {
    /// A unique email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The person's full name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// A unique phone number in E.164 format, e.g. `+15555550100`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// A unique key of your own for the user identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_identity_key: Option<String>,
}

setters! {
    NewUserIdentity {
        /// Sets the email address.
        value email_address: String,
        /// Sets the full name.
        value full_name: String,
        /// Sets the phone number (E.164).
        value phone_number: String,
        /// Sets your own key for the user identity.
        value user_identity_key: String,
    }
}

/// One access method to create for a grant: a mode, and for PIN codes
/// optionally the code itself.
///
/// ```
/// use seamapi::access_grants::AccessMethodRequest;
/// let pin = AccessMethodRequest::code_with("4821");
/// let key = AccessMethodRequest::mobile_key().instant_key_max_use_count(3);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccessMethodRequest {
    /// The kind of access method.
    pub mode: AccessMode,
    /// The PIN to use (4 to 9 digits); only for [`AccessMode::Code`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// How many times an Instant Key may be used (at least 1); only for
    /// [`AccessMode::MobileKey`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instant_key_max_use_count: Option<u32>,
}

impl AccessMethodRequest {
    /// An access method of this mode.
    pub fn new(mode: AccessMode) -> Self {
        AccessMethodRequest {
            mode,
            code: None,
            instant_key_max_use_count: None,
        }
    }

    /// A PIN code chosen by Seam.
    pub fn code() -> Self {
        AccessMethodRequest::new(AccessMode::Code)
    }

    /// This PIN code (4 to 9 digits).
    pub fn code_with(code: impl Into<String>) -> Self {
        AccessMethodRequest::code().pin(code)
    }

    /// A card.
    pub fn card() -> Self {
        AccessMethodRequest::new(AccessMode::Card)
    }

    /// A mobile key.
    pub fn mobile_key() -> Self {
        AccessMethodRequest::new(AccessMode::MobileKey)
    }

    /// A cloud key (remote unlock).
    pub fn cloud_key() -> Self {
        AccessMethodRequest::new(AccessMode::CloudKey)
    }

    /// Sets the PIN code (4 to 9 digits).
    #[must_use]
    pub fn pin(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }

    /// Sets how many times an Instant Key may be used (at least 1).
    #[must_use]
    pub fn instant_key_max_use_count(mut self, count: u32) -> Self {
        self.instant_key_max_use_count = Some(count);
        self
    }
}

/// Checks a list of requested access methods: at least one, each with a
/// well-formed code and use count.
fn check_access_methods(methods: &[AccessMethodRequest]) -> Result<(), Error> {
    if methods.is_empty() {
        return Err(Error::invalid_parameter(
            "requested_access_methods",
            "at least one access method is required",
        ));
    }
    for (i, method) in methods.iter().enumerate() {
        if let Some(code) = &method.code {
            validate::pin_code(|| format!("requested_access_methods.{i}.code"), code)?;
        }
        if method.instant_key_max_use_count == Some(0) {
            return Err(Error::invalid_parameter(
                format!("requested_access_methods.{i}.instant_key_max_use_count"),
                "must be at least 1",
            ));
        }
    }
    Ok(())
}

/// A new location created with the grant (deprecated by Seam: create a
/// space, then pass its id in `space_ids`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewLocation {
    /// The location's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Devices in the location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_ids: Option<Vec<Uuid>>,
    /// Entrances in the location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acs_entrance_ids: Option<Vec<Uuid>>,
}

/// `POST /access_grants/create`: grants a user identity access to devices,
/// entrances or spaces for a time window, through the requested access
/// methods. Returns the new [`AccessGrant`].
///
/// Checked before sending: at least one requested access method, PIN codes
/// of 4 to 9 digits, `instant_key_max_use_count` of at least 1, `ends_at`
/// after `starts_at`, non-empty keys.
///
/// See <https://docs.seam.co/api/access_grants/create>.
#[seam_endpoint(
    POST,
    "/access_grants/create",
    response = AccessGrant,
    key = "access_grant",
    validate = Self::check
)]
#[non_exhaustive]
pub struct CreateAccessGrant {
    /// Who receives the grant.
    #[serde(flatten)]
    pub grantee: Grantee,
    /// The access methods to create (at least one).
    pub requested_access_methods: Vec<AccessMethodRequest>,
    /// A unique key of your own for the grant.
    pub access_grant_key: Option<String>,
    /// Entrances the grant opens.
    pub acs_entrance_ids: Option<Vec<Uuid>>,
    /// Customization profile applied to the grant and its access methods.
    pub customization_profile_id: Option<Uuid>,
    /// Devices the grant opens.
    pub device_ids: Option<Vec<Uuid>>,
    /// When access ends; `Nullable::Null` for no end.
    pub ends_at: Option<Nullable<Timestamp>>,
    /// A new location to create with the grant.
    #[deprecated(note = "Seam: create a space first, then reference it with `space_ids`")]
    pub location: Option<NewLocation>,
    /// Locations the grant opens.
    #[deprecated(note = "Seam: use `space_ids`")]
    pub location_ids: Option<Vec<Uuid>>,
    /// A name for the grant.
    pub name: Option<Nullable<String>>,
    /// A reservation key of your own.
    pub reservation_key: Option<String>,
    /// Spaces the grant opens, by id.
    pub space_ids: Option<Vec<Uuid>>,
    /// Spaces the grant opens, by key.
    pub space_keys: Option<Vec<String>>,
    /// When access starts.
    pub starts_at: Option<Timestamp>,
}

impl CreateAccessGrant {
    /// A grant for `grantee` (a user identity id, or a [`NewUserIdentity`])
    /// with these access methods; set the rest with the chainable setters.
    #[allow(deprecated)]
    pub fn new(
        grantee: impl Into<Grantee>,
        requested_access_methods: impl IntoIterator<Item = AccessMethodRequest>,
    ) -> Self {
        CreateAccessGrant {
            grantee: grantee.into(),
            requested_access_methods: requested_access_methods.into_iter().collect(),
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

    fn check(&self) -> Result<(), Error> {
        check_access_methods(&self.requested_access_methods)?;
        validate::window(
            self.starts_at.as_ref(),
            self.ends_at.as_ref().and_then(Nullable::value),
        )?;
        if let Some(key) = &self.access_grant_key {
            validate::non_empty(|| "access_grant_key".into(), key)?;
        }
        for (i, key) in self.space_keys.iter().flatten().enumerate() {
            validate::non_empty(|| format!("space_keys.{i}"), key)?;
        }
        if let Grantee::NewUserIdentity(identity) = &self.grantee {
            if let Some(name) = &identity.full_name {
                validate::non_empty(|| "user_identity.full_name".into(), name)?;
            }
            if let Some(key) = &identity.user_identity_key {
                validate::non_empty(|| "user_identity.user_identity_key".into(), key)?;
            }
        }
        Ok(())
    }
}

setters! {
    CreateAccessGrant {
        /// Sets your own unique key for the grant.
        value access_grant_key: String,
        /// Sets the entrances the grant opens.
        list acs_entrance_ids: Uuid,
        /// Sets the customization profile.
        value customization_profile_id: Uuid,
        /// Sets the devices the grant opens.
        list device_ids: Uuid,
        /// Sets when access ends (`Nullable::Null`: no end).
        nullable ends_at: Timestamp,
        /// Sets a new location to create with the grant.
        #[deprecated(note = "Seam: create a space first, then reference it with `space_ids`")]
        value location: NewLocation,
        /// Sets the locations the grant opens.
        #[deprecated(note = "Seam: use `space_ids`")]
        list location_ids: Uuid,
        /// Sets the grant's name.
        nullable name: String,
        /// Sets your reservation key.
        value reservation_key: String,
        /// Sets the spaces the grant opens, by id.
        list space_ids: Uuid,
        /// Sets the spaces the grant opens, by key.
        list space_keys: String,
        /// Sets when access starts.
        value starts_at: Timestamp,
    }
}

/// Which access grant: by id or by your own key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum AccessGrantRef {
    /// By `access_grant_id`.
    #[serde(rename = "access_grant_id")]
    Id(Uuid),
    /// By `access_grant_key`.
    #[serde(rename = "access_grant_key")]
    Key(String),
}

impl AccessGrantRef {
    fn check(&self) -> Result<(), Error> {
        match self {
            AccessGrantRef::Id(_) => Ok(()),
            AccessGrantRef::Key(key) => validate::non_empty(|| "access_grant_key".into(), key),
        }
    }
}

impl From<Uuid> for AccessGrantRef {
    fn from(id: Uuid) -> Self {
        AccessGrantRef::Id(id)
    }
}

impl From<String> for AccessGrantRef {
    fn from(key: String) -> Self {
        AccessGrantRef::Key(key)
    }
}

impl From<&str> for AccessGrantRef {
    fn from(key: &str) -> Self {
        AccessGrantRef::Key(key.to_owned())
    }
}

/// `POST /access_grants/get`: one access grant, by id or by key.
///
/// See <https://docs.seam.co/api/access_grants/get>.
#[seam_endpoint(POST, "/access_grants/get", response = AccessGrant, key = "access_grant", validate = Self::check)]
#[non_exhaustive]
pub struct GetAccessGrant {
    /// Which grant.
    #[serde(flatten)]
    pub access_grant: AccessGrantRef,
}

impl GetAccessGrant {
    /// The grant with this id (a `Uuid`) or key (a string).
    pub fn new(access_grant: impl Into<AccessGrantRef>) -> Self {
        GetAccessGrant {
            access_grant: access_grant.into(),
        }
    }

    fn check(&self) -> Result<(), Error> {
        self.access_grant.check()
    }
}

/// A page of access grants.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessGrantList {
    /// The grants of this page.
    pub access_grants: Vec<AccessGrant>,
    /// Where this page stands; pass `next_page_cursor` as `page_cursor` for
    /// the next one.
    #[serde(default)]
    pub pagination: Pagination,
}

impl crate::PageResponse for AccessGrantList {
    type Item = AccessGrant;

    fn into_page(self) -> crate::Page<AccessGrant> {
        crate::Page {
            items: self.access_grants,
            pagination: self.pagination,
        }
    }
}

/// `GET /access_grants/list`: access grants, filtered, one page at a time;
/// walk every page with [`Client::paginate`](crate::Client::paginate).
///
/// See <https://docs.seam.co/api/access_grants/list>.
#[seam_endpoint(
    GET,
    "/access_grants/list",
    response = AccessGrantList,
    paginated,
    validate = Self::check
)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListAccessGrants {
    /// Only these grants.
    pub access_grant_ids: Option<Vec<Uuid>>,
    /// Only grants with this key; `Nullable::Null` for grants without a key.
    pub access_grant_key: Option<Nullable<String>>,
    /// Only grants that created this access code.
    pub access_code_id: Option<Uuid>,
    /// Only grants for this entrance.
    pub acs_entrance_id: Option<Uuid>,
    /// Only grants for this access system.
    pub acs_system_id: Option<Uuid>,
    /// Only grants of this customer.
    pub customer_key: Option<String>,
    /// Only grants for this device.
    pub device_id: Option<Uuid>,
    /// How many grants per page (Seam's default: 500).
    pub limit: Option<u32>,
    /// Only grants for this location.
    #[deprecated(note = "Seam: use `space_id`")]
    pub location_id: Option<Uuid>,
    /// The page to return: a previous page's `next_page_cursor`.
    pub page_cursor: Option<String>,
    /// Only grants with this reservation key.
    pub reservation_key: Option<String>,
    /// Only grants for this space.
    pub space_id: Option<Uuid>,
    /// Only grants of this user identity.
    pub user_identity_id: Option<Uuid>,
}

impl ListAccessGrants {
    /// Every access grant (no filter).
    pub fn new() -> Self {
        ListAccessGrants::default()
    }

    fn check(&self) -> Result<(), Error> {
        if self.limit == Some(0) {
            return Err(Error::invalid_parameter("limit", "must be at least 1"));
        }
        Ok(())
    }
}

setters! {
    ListAccessGrants {
        /// Only these grants.
        list access_grant_ids: Uuid,
        /// Only grants with this key (`Nullable::Null`: grants without a key).
        nullable access_grant_key: String,
        /// Only grants that created this access code.
        value access_code_id: Uuid,
        /// Only grants for this entrance.
        value acs_entrance_id: Uuid,
        /// Only grants for this access system.
        value acs_system_id: Uuid,
        /// Only grants of this customer.
        value customer_key: String,
        /// Only grants for this device.
        value device_id: Uuid,
        /// How many grants per page.
        plain limit: u32,
        /// Only grants for this location.
        #[deprecated(note = "Seam: use `space_id`")]
        value location_id: Uuid,
        /// The page to return: a previous page's `next_page_cursor`.
        value page_cursor: String,
        /// Only grants with this reservation key.
        value reservation_key: String,
        /// Only grants for this space.
        value space_id: Uuid,
        /// Only grants of this user identity.
        value user_identity_id: Uuid,
    }
}

/// `PATCH /access_grants/update`: changes a grant's name or time window.
/// Fields left `None` stay as they are; `Nullable::Null` clears them (e.g.
/// `ends_at(Nullable::Null)` makes the grant open-ended).
///
/// See <https://docs.seam.co/api/access_grants/update>.
#[seam_endpoint(PATCH, "/access_grants/update", validate = Self::check)]
#[non_exhaustive]
pub struct UpdateAccessGrant {
    /// Which grant.
    #[serde(flatten)]
    pub access_grant: AccessGrantRef,
    /// The new end of access; `Nullable::Null` for no end.
    pub ends_at: Option<Nullable<Timestamp>>,
    /// The new name; `Nullable::Null` to clear it.
    pub name: Option<Nullable<String>>,
    /// The new start of access.
    pub starts_at: Option<Timestamp>,
}

impl UpdateAccessGrant {
    /// An update of the grant with this id (a `Uuid`) or key (a string)
    /// that changes nothing yet.
    pub fn new(access_grant: impl Into<AccessGrantRef>) -> Self {
        UpdateAccessGrant {
            access_grant: access_grant.into(),
            ends_at: None,
            name: None,
            starts_at: None,
        }
    }

    fn check(&self) -> Result<(), Error> {
        self.access_grant.check()?;
        validate::window(
            self.starts_at.as_ref(),
            self.ends_at.as_ref().and_then(Nullable::value),
        )
    }
}

setters! {
    UpdateAccessGrant {
        /// Sets the end of access (`Nullable::Null`: no end).
        nullable ends_at: Timestamp,
        /// Sets the name (`Nullable::Null`: clear it).
        nullable name: String,
        /// Sets the start of access.
        value starts_at: Timestamp,
    }
}

/// `DELETE /access_grants/delete`: deletes a grant and its access methods.
///
/// See <https://docs.seam.co/api/access_grants/delete>.
#[seam_endpoint(DELETE, "/access_grants/delete")]
#[non_exhaustive]
pub struct DeleteAccessGrant {
    /// The grant to delete.
    pub access_grant_id: Uuid,
}

impl DeleteAccessGrant {
    /// Deletes the grant with this id.
    pub fn new(access_grant_id: Uuid) -> Self {
        DeleteAccessGrant { access_grant_id }
    }
}

/// `POST /access_grants/request_access_methods`: adds access methods to an
/// existing grant. Returns the updated [`AccessGrant`].
///
/// See <https://docs.seam.co/api/access_grants/request_access_methods>.
#[seam_endpoint(
    POST,
    "/access_grants/request_access_methods",
    response = AccessGrant,
    key = "access_grant",
    validate = Self::check
)]
#[non_exhaustive]
pub struct RequestAccessMethods {
    /// The grant to add access methods to.
    pub access_grant_id: Uuid,
    /// The access methods to add (at least one).
    pub requested_access_methods: Vec<AccessMethodRequest>,
}

impl RequestAccessMethods {
    /// Adds these access methods to the grant with this id.
    pub fn new(
        access_grant_id: Uuid,
        requested_access_methods: impl IntoIterator<Item = AccessMethodRequest>,
    ) -> Self {
        RequestAccessMethods {
            access_grant_id,
            requested_access_methods: requested_access_methods.into_iter().collect(),
        }
    }

    fn check(&self) -> Result<(), Error> {
        check_access_methods(&self.requested_access_methods)
    }
}

seamapi_runtime::string_enum! {
    /// A kind of resource that `get_related` can include or exclude.
    pub enum AccessGrantRelatedKind {
        /// Spaces.
        Spaces => "spaces",
        /// Devices.
        Devices => "devices",
        /// Entrances.
        AcsEntrances => "acs_entrances",
        /// Connected accounts.
        ConnectedAccounts => "connected_accounts",
        /// Access systems.
        AcsSystems => "acs_systems",
        /// User identities.
        UserIdentities => "user_identities",
        /// Access groups.
        AcsAccessGroups => "acs_access_groups",
        /// Access methods.
        AccessMethods => "access_methods",
    }
}

/// `GET /access_grants/get_related`: grants together with the resources
/// they touch (spaces, devices, entrances, access methods, …).
///
/// See <https://docs.seam.co/api/access_grants/get_related>.
#[seam_endpoint(GET, "/access_grants/get_related", response = AccessGrantRelated, key = "batch")]
#[derive(Default)]
#[non_exhaustive]
pub struct GetRelatedAccessGrants {
    /// The grants, by id.
    pub access_grant_ids: Option<Vec<Uuid>>,
    /// The grants, by key.
    pub access_grant_keys: Option<Vec<String>>,
    /// Only these kinds of related resources.
    pub include: Option<Vec<AccessGrantRelatedKind>>,
    /// All but these kinds of related resources.
    pub exclude: Option<Vec<AccessGrantRelatedKind>>,
}

impl GetRelatedAccessGrants {
    /// The related resources of these grants.
    pub fn new(access_grant_ids: impl IntoIterator<Item = Uuid>) -> Self {
        GetRelatedAccessGrants::default().access_grant_ids(access_grant_ids)
    }
}

setters! {
    GetRelatedAccessGrants {
        /// The grants, by id.
        list access_grant_ids: Uuid,
        /// The grants, by key.
        list access_grant_keys: String,
        /// Only these kinds of related resources.
        list include: AccessGrantRelatedKind,
        /// All but these kinds of related resources.
        list exclude: AccessGrantRelatedKind,
    }
}
