//! Access grants: client-side checks and convenience constructors.

use crate::access_grants::{
    AccessMethodRequest, AccessMode, CreateAccessGrant, Grantee, RequestAccessMethods,
    UpdateAccessGrant,
};
use crate::{Error, Nullable, validate};

/// `access_grants/create`: at least one access method, well-formed codes
/// and use counts, `ends_at` after `starts_at`, non-empty keys.
pub(crate) fn check_create(request: &CreateAccessGrant) -> Result<(), Error> {
    check_access_methods(&request.requested_access_methods)?;
    validate::window(
        request.starts_at.as_ref(),
        request.ends_at.as_ref().and_then(Nullable::value),
    )?;
    if let Some(key) = &request.access_grant_key {
        validate::non_empty(|| "access_grant_key".into(), key)?;
    }
    for (i, key) in request.space_keys.iter().flatten().enumerate() {
        validate::non_empty(|| format!("space_keys.{i}"), key)?;
    }
    if let Grantee::UserIdentity(identity) = &request.user_identity {
        if let Some(Nullable::Value(name)) = &identity.full_name {
            validate::non_empty(|| "user_identity.full_name".into(), name)?;
        }
        if let Some(Nullable::Value(key)) = &identity.user_identity_key {
            validate::non_empty(|| "user_identity.user_identity_key".into(), key)?;
        }
    }
    Ok(())
}

/// `access_grants/update`: the grant named by id or key (one of them),
/// `ends_at` after `starts_at`, a non-empty key.
pub(crate) fn check_update(request: &UpdateAccessGrant) -> Result<(), Error> {
    if request.access_grant_id.is_some() == request.access_grant_key.is_some() {
        return Err(Error::invalid_parameter(
            "access_grant_id",
            "give exactly one of access_grant_id and access_grant_key",
        ));
    }
    if let Some(key) = &request.access_grant_key {
        validate::non_empty(|| "access_grant_key".into(), key)?;
    }
    validate::window(
        request.starts_at.as_ref(),
        request.ends_at.as_ref().and_then(Nullable::value),
    )
}

/// `access_grants/request_access_methods`: as for creating.
pub(crate) fn check_request_access_methods(request: &RequestAccessMethods) -> Result<(), Error> {
    check_access_methods(&request.requested_access_methods)
}

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
        if method.instant_key_max_use_count.is_some_and(|n| n < 1) {
            return Err(Error::invalid_parameter(
                format!("requested_access_methods.{i}.instant_key_max_use_count"),
                "must be at least 1",
            ));
        }
    }
    Ok(())
}

impl AccessMethodRequest {
    /// A PIN code that Seam chooses.
    pub fn pin() -> Self {
        AccessMethodRequest::new(AccessMode::Code)
    }

    /// This PIN code (4 to 9 digits).
    pub fn pin_code(code: impl Into<String>) -> Self {
        AccessMethodRequest::pin().code(code)
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
}
