//! Unmanaged access grants: grants Seam found on access systems but does not
//! manage. They can be read, listed and converted into managed grants.

use serde::Deserialize;

use crate::setters::setters;
use crate::{Error, Pagination, Timestamp, Uuid, seam_endpoint, validate};

use super::{
    AccessGrantError, AccessGrantPendingMutation, AccessGrantWarning, RequestedAccessMethod,
};

/// An access grant that Seam does not manage. Like
/// [`AccessGrant`](super::AccessGrant), without client sessions, instant
/// keys, customization profiles or keys, and perhaps without a user identity.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrant {
    /// Unique identifier of the grant.
    pub access_grant_id: Uuid,
    /// Access methods issued for the grant.
    #[serde(default)]
    pub access_method_ids: Vec<Uuid>,
    /// When the grant was created.
    pub created_at: Timestamp,
    /// Name shown for the grant.
    pub display_name: String,
    /// When access stops; `None` means no end.
    #[serde(default)]
    pub ends_at: Option<Timestamp>,
    /// Problems affecting the grant.
    #[serde(default)]
    pub errors: Vec<AccessGrantError>,
    /// Legacy location identifiers.
    #[deprecated(note = "Seam: use `space_ids`")]
    #[serde(default)]
    pub location_ids: Vec<Uuid>,
    /// Name given to the grant, if any.
    #[serde(default)]
    pub name: Option<String>,
    /// Changes Seam is still applying.
    #[serde(default)]
    pub pending_mutations: Vec<AccessGrantPendingMutation>,
    /// Access methods asked for.
    #[serde(default)]
    pub requested_access_methods: Vec<RequestedAccessMethod>,
    /// Reservation key, if any.
    #[serde(default)]
    pub reservation_key: Option<String>,
    /// Spaces the grant opens.
    #[serde(default)]
    pub space_ids: Vec<Uuid>,
    /// When access begins.
    pub starts_at: Timestamp,
    /// User identity that receives the access, when known.
    #[serde(default)]
    pub user_identity_id: Option<Uuid>,
    /// Non-blocking conditions reported on the grant.
    #[serde(default)]
    pub warnings: Vec<AccessGrantWarning>,
    /// Workspace that owns the grant.
    pub workspace_id: Uuid,
}

/// `GET /access_grants/unmanaged/get`: one unmanaged access grant.
///
/// See <https://docs.seam.co/api/access_grants/unmanaged/get>.
#[seam_endpoint(GET, "/access_grants/unmanaged/get", response = UnmanagedAccessGrant, key = "access_grant")]
#[non_exhaustive]
pub struct GetUnmanagedAccessGrant {
    /// Which grant.
    pub access_grant_id: Uuid,
}

impl GetUnmanagedAccessGrant {
    /// The unmanaged grant with this id.
    pub fn new(access_grant_id: Uuid) -> Self {
        GetUnmanagedAccessGrant { access_grant_id }
    }
}

/// A page of unmanaged access grants.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantList {
    /// The grants of this page.
    pub access_grants: Vec<UnmanagedAccessGrant>,
    /// Where this page stands.
    #[serde(default)]
    pub pagination: Pagination,
}

impl crate::PageResponse for UnmanagedAccessGrantList {
    type Item = UnmanagedAccessGrant;

    fn into_page(self) -> crate::Page<UnmanagedAccessGrant> {
        crate::Page {
            items: self.access_grants,
            pagination: self.pagination,
        }
    }
}

/// `GET /access_grants/unmanaged/list`: unmanaged access grants, filtered,
/// one page at a time.
///
/// See <https://docs.seam.co/api/access_grants/unmanaged/list>.
#[seam_endpoint(
    GET,
    "/access_grants/unmanaged/list",
    response = UnmanagedAccessGrantList,
    paginated,
    validate = Self::check
)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListUnmanagedAccessGrants {
    /// Only grants for this entrance.
    pub acs_entrance_id: Option<Uuid>,
    /// Only grants for this access system.
    pub acs_system_id: Option<Uuid>,
    /// How many grants per page.
    pub limit: Option<u32>,
    /// The page to return: a previous page's `next_page_cursor`.
    pub page_cursor: Option<String>,
    /// Only grants with this reservation key.
    pub reservation_key: Option<String>,
    /// Only grants of this user identity.
    pub user_identity_id: Option<Uuid>,
}

impl ListUnmanagedAccessGrants {
    /// Every unmanaged grant (no filter).
    pub fn new() -> Self {
        ListUnmanagedAccessGrants::default()
    }

    fn check(&self) -> Result<(), Error> {
        if self.limit == Some(0) {
            return Err(Error::invalid_parameter("limit", "must be at least 1"));
        }
        Ok(())
    }
}

setters! {
    ListUnmanagedAccessGrants {
        /// Only grants for this entrance.
        value acs_entrance_id: Uuid,
        /// Only grants for this access system.
        value acs_system_id: Uuid,
        /// How many grants per page.
        plain limit: u32,
        /// The page to return: a previous page's `next_page_cursor`.
        value page_cursor: String,
        /// Only grants with this reservation key.
        value reservation_key: String,
        /// Only grants of this user identity.
        value user_identity_id: Uuid,
    }
}

/// `PATCH /access_grants/unmanaged/update`: makes an unmanaged grant
/// managed by Seam, optionally giving it a key.
///
/// See <https://docs.seam.co/api/access_grants/unmanaged/update>.
#[seam_endpoint(PATCH, "/access_grants/unmanaged/update", validate = Self::check)]
#[non_exhaustive]
pub struct UpdateUnmanagedAccessGrant {
    /// Which grant.
    pub access_grant_id: Uuid,
    /// A key for the grant; the existing one is kept when `None`.
    pub access_grant_key: Option<String>,
    /// Always `true`: the only update is to make the grant managed.
    is_managed: bool,
}

impl UpdateUnmanagedAccessGrant {
    /// Converts the unmanaged grant with this id into a managed one.
    pub fn new(access_grant_id: Uuid) -> Self {
        UpdateUnmanagedAccessGrant {
            access_grant_id,
            access_grant_key: None,
            is_managed: true,
        }
    }

    fn check(&self) -> Result<(), Error> {
        match &self.access_grant_key {
            Some(key) => validate::non_empty(|| "access_grant_key".into(), key),
            None => Ok(()),
        }
    }
}

setters! {
    UpdateUnmanagedAccessGrant {
        /// Gives the grant this key.
        value access_grant_key: String,
    }
}
