//! The `customers` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::CustomerPortal;

/// `POST /customers/create_portal`: returns [`CustomerPortal`](crate::resources::CustomerPortal) (under `customer_portal`).
///
/// See <https://docs.seam.co/api/customers/create_portal>.
#[crate::seam_endpoint(POST, "/customers/create_portal", response = crate::resources::CustomerPortal, key = "customer_portal")]
#[derive(Default)]
#[non_exhaustive]
pub struct CreatePortal {
    /// `_dev`: a boolean (optional).
    pub _dev: Option<bool>,
    /// `customer_resources_filters`: a list of [`CreatePortalCustomerResourcesFilter`] (optional).
    pub customer_resources_filters: Option<Vec<CreatePortalCustomerResourcesFilter>>,
    /// `customization_profile_id`: an id (UUID) (optional).
    pub customization_profile_id: Option<crate::Uuid>,
    /// `deep_link`: a [`CreatePortalDeepLink`] (optional).
    pub deep_link: Option<CreatePortalDeepLink>,
    /// `exclude_locale_picker`: a boolean (optional).
    pub exclude_locale_picker: Option<bool>,
    /// `features`: a [`CreatePortalFeatures`] (optional).
    pub features: Option<CreatePortalFeatures>,
    /// `is_embedded`: a boolean (optional).
    pub is_embedded: Option<bool>,
    /// `landing_page`: a [`CreatePortalLandingPage`] (optional).
    pub landing_page: Option<CreatePortalLandingPage>,
    /// `locale`: a [`CreatePortalLocale`] (optional).
    pub locale: Option<CreatePortalLocale>,
    /// `navigation_mode`: a [`CreatePortalNavigationMode`] (optional).
    pub navigation_mode: Option<CreatePortalNavigationMode>,
    /// `read_only`: a boolean (optional).
    pub read_only: Option<bool>,
    /// `customer_data`: a [`CreatePortalCustomerData`] (optional).
    pub customer_data: Option<CreatePortalCustomerData>,
}

#[allow(deprecated)]
impl CreatePortal {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortal {
            _dev: None,
            customer_resources_filters: None,
            customization_profile_id: None,
            deep_link: None,
            exclude_locale_picker: None,
            features: None,
            is_embedded: None,
            landing_page: None,
            locale: None,
            navigation_mode: None,
            read_only: None,
            customer_data: None,
        }
    }
}

crate::setters::setters! {
    CreatePortal {
        /// Sets `_dev`.
        plain _dev: bool,
        /// Sets `customer_resources_filters`.
        list customer_resources_filters: CreatePortalCustomerResourcesFilter,
        /// Sets `customization_profile_id`.
        plain customization_profile_id: crate::Uuid,
        /// Sets `deep_link`.
        value deep_link: CreatePortalDeepLink,
        /// Sets `exclude_locale_picker`.
        plain exclude_locale_picker: bool,
        /// Sets `features`.
        value features: CreatePortalFeatures,
        /// Sets `is_embedded`.
        plain is_embedded: bool,
        /// Sets `landing_page`.
        value landing_page: CreatePortalLandingPage,
        /// Sets `locale`.
        value locale: CreatePortalLocale,
        /// Sets `navigation_mode`.
        value navigation_mode: CreatePortalNavigationMode,
        /// Sets `read_only`.
        plain read_only: bool,
        /// Sets `customer_data`.
        value customer_data: CreatePortalCustomerData,
    }
}

/// `POST /customers/delete_data`: returns nothing but success.
///
/// See <https://docs.seam.co/api/customers/delete_data>.
#[crate::seam_endpoint(POST, "/customers/delete_data")]
#[derive(Default)]
#[non_exhaustive]
pub struct DeleteData {
    /// `access_grant_keys`: a list of string (optional).
    pub access_grant_keys: Option<Vec<String>>,
    /// `booking_keys`: a list of string (optional).
    pub booking_keys: Option<Vec<String>>,
    /// `building_keys`: a list of string (optional).
    pub building_keys: Option<Vec<String>>,
    /// `common_area_keys`: a list of string (optional).
    pub common_area_keys: Option<Vec<String>>,
    /// `customer_keys`: a list of string (optional).
    pub customer_keys: Option<Vec<String>>,
    /// `facility_keys`: a list of string (optional).
    pub facility_keys: Option<Vec<String>>,
    /// `guest_keys`: a list of string (optional).
    pub guest_keys: Option<Vec<String>>,
    /// `listing_keys`: a list of string (optional).
    pub listing_keys: Option<Vec<String>>,
    /// `property_keys`: a list of string (optional).
    pub property_keys: Option<Vec<String>>,
    /// `property_listing_keys`: a list of string (optional).
    pub property_listing_keys: Option<Vec<String>>,
    /// `reservation_keys`: a list of string (optional).
    pub reservation_keys: Option<Vec<String>>,
    /// `resident_keys`: a list of string (optional).
    pub resident_keys: Option<Vec<String>>,
    /// `room_keys`: a list of string (optional).
    pub room_keys: Option<Vec<String>>,
    /// `space_keys`: a list of string (optional).
    pub space_keys: Option<Vec<String>>,
    /// `staff_member_keys`: a list of string (optional).
    pub staff_member_keys: Option<Vec<String>>,
    /// `tenant_keys`: a list of string (optional).
    pub tenant_keys: Option<Vec<String>>,
    /// `unit_keys`: a list of string (optional).
    pub unit_keys: Option<Vec<String>>,
    /// `user_identity_keys`: a list of string (optional).
    pub user_identity_keys: Option<Vec<String>>,
    /// `user_keys`: a list of string (optional).
    pub user_keys: Option<Vec<String>>,
}

#[allow(deprecated)]
impl DeleteData {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        DeleteData {
            access_grant_keys: None,
            booking_keys: None,
            building_keys: None,
            common_area_keys: None,
            customer_keys: None,
            facility_keys: None,
            guest_keys: None,
            listing_keys: None,
            property_keys: None,
            property_listing_keys: None,
            reservation_keys: None,
            resident_keys: None,
            room_keys: None,
            space_keys: None,
            staff_member_keys: None,
            tenant_keys: None,
            unit_keys: None,
            user_identity_keys: None,
            user_keys: None,
        }
    }
}

crate::setters::setters! {
    DeleteData {
        /// Sets `access_grant_keys`.
        list access_grant_keys: String,
        /// Sets `booking_keys`.
        list booking_keys: String,
        /// Sets `building_keys`.
        list building_keys: String,
        /// Sets `common_area_keys`.
        list common_area_keys: String,
        /// Sets `customer_keys`.
        list customer_keys: String,
        /// Sets `facility_keys`.
        list facility_keys: String,
        /// Sets `guest_keys`.
        list guest_keys: String,
        /// Sets `listing_keys`.
        list listing_keys: String,
        /// Sets `property_keys`.
        list property_keys: String,
        /// Sets `property_listing_keys`.
        list property_listing_keys: String,
        /// Sets `reservation_keys`.
        list reservation_keys: String,
        /// Sets `resident_keys`.
        list resident_keys: String,
        /// Sets `room_keys`.
        list room_keys: String,
        /// Sets `space_keys`.
        list space_keys: String,
        /// Sets `staff_member_keys`.
        list staff_member_keys: String,
        /// Sets `tenant_keys`.
        list tenant_keys: String,
        /// Sets `unit_keys`.
        list unit_keys: String,
        /// Sets `user_identity_keys`.
        list user_identity_keys: String,
        /// Sets `user_keys`.
        list user_keys: String,
    }
}

/// `POST /customers/push_data`: returns nothing but success.
///
/// See <https://docs.seam.co/api/customers/push_data>.
#[crate::seam_endpoint(POST, "/customers/push_data")]
#[non_exhaustive]
pub struct PushData {
    /// `customer_key`: a string (required).
    pub customer_key: String,
    /// `access_grants`: a list of [`PushDataAccessGrant`] (optional).
    pub access_grants: Option<Vec<PushDataAccessGrant>>,
    /// `bookings`: a list of [`PushDataBooking`] (optional).
    pub bookings: Option<Vec<PushDataBooking>>,
    /// `buildings`: a list of [`PushDataBuilding`] (optional).
    pub buildings: Option<Vec<PushDataBuilding>>,
    /// `common_areas`: a list of [`PushDataCommonArea`] (optional).
    pub common_areas: Option<Vec<PushDataCommonArea>>,
    /// `facilities`: a list of [`PushDataFacility`] (optional).
    pub facilities: Option<Vec<PushDataFacility>>,
    /// `guests`: a list of [`PushDataGuest`] (optional).
    pub guests: Option<Vec<PushDataGuest>>,
    /// `listings`: a list of [`PushDataListing`] (optional).
    pub listings: Option<Vec<PushDataListing>>,
    /// `properties`: a list of [`PushDataProperty`] (optional).
    pub properties: Option<Vec<PushDataProperty>>,
    /// `property_listings`: a list of [`PushDataPropertyListing`] (optional).
    pub property_listings: Option<Vec<PushDataPropertyListing>>,
    /// `reservations`: a list of [`PushDataReservation`] (optional).
    pub reservations: Option<Vec<PushDataReservation>>,
    /// `residents`: a list of [`PushDataResident`] (optional).
    pub residents: Option<Vec<PushDataResident>>,
    /// `rooms`: a list of [`PushDataRoom`] (optional).
    pub rooms: Option<Vec<PushDataRoom>>,
    /// `sites`: a list of [`PushDataSite`] (optional).
    pub sites: Option<Vec<PushDataSite>>,
    /// `spaces`: a list of [`PushDataSpace`] (optional).
    pub spaces: Option<Vec<PushDataSpace>>,
    /// `staff_members`: a list of [`PushDataStaffMember`] (optional).
    pub staff_members: Option<Vec<PushDataStaffMember>>,
    /// `tenants`: a list of [`PushDataTenant`] (optional).
    pub tenants: Option<Vec<PushDataTenant>>,
    /// `units`: a list of [`PushDataUnit`] (optional).
    pub units: Option<Vec<PushDataUnit>>,
    /// `user_identities`: a list of [`PushDataUserIdentity`] (optional).
    pub user_identities: Option<Vec<PushDataUserIdentity>>,
    /// `users`: a list of [`PushDataUser`] (optional).
    pub users: Option<Vec<PushDataUser>>,
}

#[allow(deprecated)]
impl PushData {
    /// A request with its required parameters (`customer_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(customer_key: impl Into<String>) -> Self {
        PushData {
            customer_key: customer_key.into(),
            access_grants: None,
            bookings: None,
            buildings: None,
            common_areas: None,
            facilities: None,
            guests: None,
            listings: None,
            properties: None,
            property_listings: None,
            reservations: None,
            residents: None,
            rooms: None,
            sites: None,
            spaces: None,
            staff_members: None,
            tenants: None,
            units: None,
            user_identities: None,
            users: None,
        }
    }
}

crate::setters::setters! {
    PushData {
        /// Sets `access_grants`.
        list access_grants: PushDataAccessGrant,
        /// Sets `bookings`.
        list bookings: PushDataBooking,
        /// Sets `buildings`.
        list buildings: PushDataBuilding,
        /// Sets `common_areas`.
        list common_areas: PushDataCommonArea,
        /// Sets `facilities`.
        list facilities: PushDataFacility,
        /// Sets `guests`.
        list guests: PushDataGuest,
        /// Sets `listings`.
        list listings: PushDataListing,
        /// Sets `properties`.
        list properties: PushDataProperty,
        /// Sets `property_listings`.
        list property_listings: PushDataPropertyListing,
        /// Sets `reservations`.
        list reservations: PushDataReservation,
        /// Sets `residents`.
        list residents: PushDataResident,
        /// Sets `rooms`.
        list rooms: PushDataRoom,
        /// Sets `sites`.
        list sites: PushDataSite,
        /// Sets `spaces`.
        list spaces: PushDataSpace,
        /// Sets `staff_members`.
        list staff_members: PushDataStaffMember,
        /// Sets `tenants`.
        list tenants: PushDataTenant,
        /// Sets `units`.
        list units: PushDataUnit,
        /// Sets `user_identities`.
        list user_identities: PushDataUserIdentity,
        /// Sets `users`.
        list users: PushDataUser,
    }
}

/// The `create_portal_customer_data` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerData {
    /// `access_grants`: a list of [`CreatePortalCustomerDataAccessGrant`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_grants: Option<Vec<CreatePortalCustomerDataAccessGrant>>,
    /// `bookings`: a list of [`CreatePortalCustomerDataBooking`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bookings: Option<Vec<CreatePortalCustomerDataBooking>>,
    /// `buildings`: a list of [`CreatePortalCustomerDataBuilding`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buildings: Option<Vec<CreatePortalCustomerDataBuilding>>,
    /// `common_areas`: a list of [`CreatePortalCustomerDataCommonArea`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_areas: Option<Vec<CreatePortalCustomerDataCommonArea>>,
    /// `customer_key`: a string (required).
    pub customer_key: String,
    /// `facilities`: a list of [`CreatePortalCustomerDataFacility`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facilities: Option<Vec<CreatePortalCustomerDataFacility>>,
    /// `guests`: a list of [`CreatePortalCustomerDataGuest`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guests: Option<Vec<CreatePortalCustomerDataGuest>>,
    /// `listings`: a list of [`CreatePortalCustomerDataListing`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listings: Option<Vec<CreatePortalCustomerDataListing>>,
    /// `properties`: a list of [`CreatePortalCustomerDataProperty`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<Vec<CreatePortalCustomerDataProperty>>,
    /// `property_listings`: a list of [`CreatePortalCustomerDataPropertyListing`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_listings: Option<Vec<CreatePortalCustomerDataPropertyListing>>,
    /// `reservations`: a list of [`CreatePortalCustomerDataReservation`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reservations: Option<Vec<CreatePortalCustomerDataReservation>>,
    /// `residents`: a list of [`CreatePortalCustomerDataResident`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub residents: Option<Vec<CreatePortalCustomerDataResident>>,
    /// `rooms`: a list of [`CreatePortalCustomerDataRoom`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rooms: Option<Vec<CreatePortalCustomerDataRoom>>,
    /// `sites`: a list of [`CreatePortalCustomerDataSite`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sites: Option<Vec<CreatePortalCustomerDataSite>>,
    /// `spaces`: a list of [`CreatePortalCustomerDataSpace`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spaces: Option<Vec<CreatePortalCustomerDataSpace>>,
    /// `staff_members`: a list of [`CreatePortalCustomerDataStaffMember`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff_members: Option<Vec<CreatePortalCustomerDataStaffMember>>,
    /// `tenants`: a list of [`CreatePortalCustomerDataTenant`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenants: Option<Vec<CreatePortalCustomerDataTenant>>,
    /// `units`: a list of [`CreatePortalCustomerDataUnit`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<Vec<CreatePortalCustomerDataUnit>>,
    /// `user_identities`: a list of [`CreatePortalCustomerDataUserIdentity`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_identities: Option<Vec<CreatePortalCustomerDataUserIdentity>>,
    /// `users`: a list of [`CreatePortalCustomerDataUser`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<CreatePortalCustomerDataUser>>,
}

#[allow(deprecated)]
impl CreatePortalCustomerData {
    /// A request with its required parameters (`customer_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(customer_key: impl Into<String>) -> Self {
        CreatePortalCustomerData {
            access_grants: None,
            bookings: None,
            buildings: None,
            common_areas: None,
            customer_key: customer_key.into(),
            facilities: None,
            guests: None,
            listings: None,
            properties: None,
            property_listings: None,
            reservations: None,
            residents: None,
            rooms: None,
            sites: None,
            spaces: None,
            staff_members: None,
            tenants: None,
            units: None,
            user_identities: None,
            users: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerData {
        /// Sets `access_grants`.
        list access_grants: CreatePortalCustomerDataAccessGrant,
        /// Sets `bookings`.
        list bookings: CreatePortalCustomerDataBooking,
        /// Sets `buildings`.
        list buildings: CreatePortalCustomerDataBuilding,
        /// Sets `common_areas`.
        list common_areas: CreatePortalCustomerDataCommonArea,
        /// Sets `facilities`.
        list facilities: CreatePortalCustomerDataFacility,
        /// Sets `guests`.
        list guests: CreatePortalCustomerDataGuest,
        /// Sets `listings`.
        list listings: CreatePortalCustomerDataListing,
        /// Sets `properties`.
        list properties: CreatePortalCustomerDataProperty,
        /// Sets `property_listings`.
        list property_listings: CreatePortalCustomerDataPropertyListing,
        /// Sets `reservations`.
        list reservations: CreatePortalCustomerDataReservation,
        /// Sets `residents`.
        list residents: CreatePortalCustomerDataResident,
        /// Sets `rooms`.
        list rooms: CreatePortalCustomerDataRoom,
        /// Sets `sites`.
        list sites: CreatePortalCustomerDataSite,
        /// Sets `spaces`.
        list spaces: CreatePortalCustomerDataSpace,
        /// Sets `staff_members`.
        list staff_members: CreatePortalCustomerDataStaffMember,
        /// Sets `tenants`.
        list tenants: CreatePortalCustomerDataTenant,
        /// Sets `units`.
        list units: CreatePortalCustomerDataUnit,
        /// Sets `user_identities`.
        list user_identities: CreatePortalCustomerDataUserIdentity,
        /// Sets `users`.
        list users: CreatePortalCustomerDataUser,
    }
}

/// The `create_portal_customer_data_access_grant` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataAccessGrant {
    /// `access_grant_key`: a string (required).
    pub access_grant_key: String,
    /// `building_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub building_keys: Option<Vec<String>>,
    /// `common_area_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_area_keys: Option<Vec<String>>,
    /// `ends_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `facility_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility_keys: Option<Vec<String>>,
    /// `guest_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guest_key: Option<String>,
    /// `listing_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_keys: Option<Vec<String>>,
    /// `name`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `preferred_code`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_code: Option<String>,
    /// `property_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_keys: Option<Vec<String>>,
    /// `resident_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resident_key: Option<String>,
    /// `room_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_keys: Option<Vec<String>>,
    /// `space_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub space_keys: Option<Vec<String>>,
    /// `starts_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
    /// `tenant_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_key: Option<String>,
    /// `unit_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_keys: Option<Vec<String>>,
    /// `user_identity_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_identity_key: Option<String>,
    /// `user_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_key: Option<String>,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataAccessGrant {
    /// A request with its required parameters (`access_grant_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_grant_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataAccessGrant {
            access_grant_key: access_grant_key.into(),
            building_keys: None,
            common_area_keys: None,
            ends_at: None,
            facility_keys: None,
            guest_key: None,
            listing_keys: None,
            name: None,
            preferred_code: None,
            property_keys: None,
            resident_key: None,
            room_keys: None,
            space_keys: None,
            starts_at: None,
            tenant_key: None,
            unit_keys: None,
            user_identity_key: None,
            user_key: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataAccessGrant {
        /// Sets `building_keys`.
        list building_keys: String,
        /// Sets `common_area_keys`.
        list common_area_keys: String,
        /// Sets `ends_at`.
        plain ends_at: crate::Timestamp,
        /// Sets `facility_keys`.
        list facility_keys: String,
        /// Sets `guest_key`.
        value guest_key: String,
        /// Sets `listing_keys`.
        list listing_keys: String,
        /// Sets `name`.
        value name: String,
        /// Sets `preferred_code`.
        value preferred_code: String,
        /// Sets `property_keys`.
        list property_keys: String,
        /// Sets `resident_key`.
        value resident_key: String,
        /// Sets `room_keys`.
        list room_keys: String,
        /// Sets `space_keys`.
        list space_keys: String,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
        /// Sets `tenant_key`.
        value tenant_key: String,
        /// Sets `unit_keys`.
        list unit_keys: String,
        /// Sets `user_identity_key`.
        value user_identity_key: String,
        /// Sets `user_key`.
        value user_key: String,
    }
}

/// The `create_portal_customer_data_booking` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataBooking {
    /// `booking_key`: a string (required).
    pub booking_key: String,
    /// `building_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub building_keys: Option<Vec<String>>,
    /// `common_area_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_area_keys: Option<Vec<String>>,
    /// `ends_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `facility_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility_keys: Option<Vec<String>>,
    /// `guest_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guest_key: Option<String>,
    /// `listing_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_keys: Option<Vec<String>>,
    /// `name`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `preferred_code`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_code: Option<String>,
    /// `property_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_keys: Option<Vec<String>>,
    /// `resident_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resident_key: Option<String>,
    /// `room_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_keys: Option<Vec<String>>,
    /// `space_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub space_keys: Option<Vec<String>>,
    /// `starts_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
    /// `tenant_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_key: Option<String>,
    /// `unit_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_keys: Option<Vec<String>>,
    /// `user_identity_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_identity_key: Option<String>,
    /// `user_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_key: Option<String>,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataBooking {
    /// A request with its required parameters (`booking_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(booking_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataBooking {
            booking_key: booking_key.into(),
            building_keys: None,
            common_area_keys: None,
            ends_at: None,
            facility_keys: None,
            guest_key: None,
            listing_keys: None,
            name: None,
            preferred_code: None,
            property_keys: None,
            resident_key: None,
            room_keys: None,
            space_keys: None,
            starts_at: None,
            tenant_key: None,
            unit_keys: None,
            user_identity_key: None,
            user_key: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataBooking {
        /// Sets `building_keys`.
        list building_keys: String,
        /// Sets `common_area_keys`.
        list common_area_keys: String,
        /// Sets `ends_at`.
        plain ends_at: crate::Timestamp,
        /// Sets `facility_keys`.
        list facility_keys: String,
        /// Sets `guest_key`.
        value guest_key: String,
        /// Sets `listing_keys`.
        list listing_keys: String,
        /// Sets `name`.
        value name: String,
        /// Sets `preferred_code`.
        value preferred_code: String,
        /// Sets `property_keys`.
        list property_keys: String,
        /// Sets `resident_key`.
        value resident_key: String,
        /// Sets `room_keys`.
        list room_keys: String,
        /// Sets `space_keys`.
        list space_keys: String,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
        /// Sets `tenant_key`.
        value tenant_key: String,
        /// Sets `unit_keys`.
        list unit_keys: String,
        /// Sets `user_identity_key`.
        value user_identity_key: String,
        /// Sets `user_key`.
        value user_key: String,
    }
}

/// The `create_portal_customer_data_building` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataBuilding {
    /// `building_key`: a string (required).
    pub building_key: String,
    /// `name`: a string (required).
    pub name: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataBuilding {
    /// A request with its required parameters (`building_key`, `name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(building_key: impl Into<String>, name: impl Into<String>) -> Self {
        CreatePortalCustomerDataBuilding {
            building_key: building_key.into(),
            name: name.into(),
        }
    }
}

/// The `create_portal_customer_data_common_area` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataCommonArea {
    /// `common_area_key`: a string (required).
    pub common_area_key: String,
    /// `name`: a string (required).
    pub name: String,
    /// `parent_site_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_site_key: Option<String>,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataCommonArea {
    /// A request with its required parameters (`common_area_key`, `name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(common_area_key: impl Into<String>, name: impl Into<String>) -> Self {
        CreatePortalCustomerDataCommonArea {
            common_area_key: common_area_key.into(),
            name: name.into(),
            parent_site_key: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataCommonArea {
        /// Sets `parent_site_key`.
        value parent_site_key: String,
    }
}

/// The `create_portal_customer_data_facility` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataFacility {
    /// `facility_key`: a string (required).
    pub facility_key: String,
    /// `name`: a string (required).
    pub name: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataFacility {
    /// A request with its required parameters (`facility_key`, `name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(facility_key: impl Into<String>, name: impl Into<String>) -> Self {
        CreatePortalCustomerDataFacility {
            facility_key: facility_key.into(),
            name: name.into(),
        }
    }
}

/// The `create_portal_customer_data_guest` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataGuest {
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `guest_key`: a string (required).
    pub guest_key: String,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataGuest {
    /// A request with its required parameters (`guest_key`, `name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(guest_key: impl Into<String>, name: impl Into<String>) -> Self {
        CreatePortalCustomerDataGuest {
            email_address: None,
            guest_key: guest_key.into(),
            name: name.into(),
            phone_number: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataGuest {
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `phone_number`.
        value phone_number: String,
    }
}

/// The `create_portal_customer_data_listing` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataListing {
    /// `listing_key`: a string (required).
    pub listing_key: String,
    /// `name`: a string (required).
    pub name: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataListing {
    /// A request with its required parameters (`listing_key`, `name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(listing_key: impl Into<String>, name: impl Into<String>) -> Self {
        CreatePortalCustomerDataListing {
            listing_key: listing_key.into(),
            name: name.into(),
        }
    }
}

/// The `create_portal_customer_data_property` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataProperty {
    /// `name`: a string (required).
    pub name: String,
    /// `property_key`: a string (required).
    pub property_key: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataProperty {
    /// A request with its required parameters (`name`, `property_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, property_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataProperty {
            name: name.into(),
            property_key: property_key.into(),
        }
    }
}

/// The `create_portal_customer_data_property_listing` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataPropertyListing {
    /// `custom_metadata`: an object of named values (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_metadata: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `name`: a string (required).
    pub name: String,
    /// `property_listing_key`: a string (required).
    pub property_listing_key: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataPropertyListing {
    /// A request with its required parameters (`name`, `property_listing_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, property_listing_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataPropertyListing {
            custom_metadata: None,
            name: name.into(),
            property_listing_key: property_listing_key.into(),
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataPropertyListing {
        /// Sets `custom_metadata`.
        value custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    }
}

/// The `create_portal_customer_data_reservation` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataReservation {
    /// `building_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub building_keys: Option<Vec<String>>,
    /// `common_area_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_area_keys: Option<Vec<String>>,
    /// `custom_metadata`: an object of named values (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_metadata: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `ends_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `facility_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility_keys: Option<Vec<String>>,
    /// `guest_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guest_key: Option<String>,
    /// `listing_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_keys: Option<Vec<String>>,
    /// `name`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `preferred_code`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_code: Option<String>,
    /// `property_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_keys: Option<Vec<String>>,
    /// `reservation_key`: a string (required).
    pub reservation_key: String,
    /// `resident_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resident_key: Option<String>,
    /// `room_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_keys: Option<Vec<String>>,
    /// `space_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub space_keys: Option<Vec<String>>,
    /// `starts_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
    /// `tenant_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_key: Option<String>,
    /// `unit_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_keys: Option<Vec<String>>,
    /// `user_identity_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_identity_key: Option<String>,
    /// `user_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_key: Option<String>,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataReservation {
    /// A request with its required parameters (`reservation_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(reservation_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataReservation {
            building_keys: None,
            common_area_keys: None,
            custom_metadata: None,
            ends_at: None,
            facility_keys: None,
            guest_key: None,
            listing_keys: None,
            name: None,
            preferred_code: None,
            property_keys: None,
            reservation_key: reservation_key.into(),
            resident_key: None,
            room_keys: None,
            space_keys: None,
            starts_at: None,
            tenant_key: None,
            unit_keys: None,
            user_identity_key: None,
            user_key: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataReservation {
        /// Sets `building_keys`.
        list building_keys: String,
        /// Sets `common_area_keys`.
        list common_area_keys: String,
        /// Sets `custom_metadata`.
        value custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
        /// Sets `ends_at`.
        plain ends_at: crate::Timestamp,
        /// Sets `facility_keys`.
        list facility_keys: String,
        /// Sets `guest_key`.
        value guest_key: String,
        /// Sets `listing_keys`.
        list listing_keys: String,
        /// Sets `name`.
        value name: String,
        /// Sets `preferred_code`.
        value preferred_code: String,
        /// Sets `property_keys`.
        list property_keys: String,
        /// Sets `resident_key`.
        value resident_key: String,
        /// Sets `room_keys`.
        list room_keys: String,
        /// Sets `space_keys`.
        list space_keys: String,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
        /// Sets `tenant_key`.
        value tenant_key: String,
        /// Sets `unit_keys`.
        list unit_keys: String,
        /// Sets `user_identity_key`.
        value user_identity_key: String,
        /// Sets `user_key`.
        value user_key: String,
    }
}

/// The `create_portal_customer_data_resident` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataResident {
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `resident_key`: a string (required).
    pub resident_key: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataResident {
    /// A request with its required parameters (`name`, `resident_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, resident_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataResident {
            email_address: None,
            name: name.into(),
            phone_number: None,
            resident_key: resident_key.into(),
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataResident {
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `phone_number`.
        value phone_number: String,
    }
}

/// The `create_portal_customer_data_room` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataRoom {
    /// `name`: a string (required).
    pub name: String,
    /// `parent_site_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_site_key: Option<String>,
    /// `room_key`: a string (required).
    pub room_key: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataRoom {
    /// A request with its required parameters (`name`, `room_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, room_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataRoom {
            name: name.into(),
            parent_site_key: None,
            room_key: room_key.into(),
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataRoom {
        /// Sets `parent_site_key`.
        value parent_site_key: String,
    }
}

/// The `create_portal_customer_data_site` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataSite {
    /// `name`: a string (required).
    pub name: String,
    /// `site_key`: a string (required).
    pub site_key: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataSite {
    /// A request with its required parameters (`name`, `site_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, site_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataSite {
            name: name.into(),
            site_key: site_key.into(),
        }
    }
}

/// The `create_portal_customer_data_space` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataSpace {
    /// `customer_data`: a [`CreatePortalCustomerDataSpaceCustomerData`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_data: Option<CreatePortalCustomerDataSpaceCustomerData>,
    /// `duration_minutes`: an integer (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<i64>,
    /// `geolocation`: a [`CreatePortalCustomerDataSpaceGeolocation`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<CreatePortalCustomerDataSpaceGeolocation>,
    /// `name`: a string (required).
    pub name: String,
    /// `parent_site_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_site_key: Option<String>,
    /// `space_key`: a string (required).
    pub space_key: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataSpace {
    /// A request with its required parameters (`name`, `space_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, space_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataSpace {
            customer_data: None,
            duration_minutes: None,
            geolocation: None,
            name: name.into(),
            parent_site_key: None,
            space_key: space_key.into(),
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataSpace {
        /// Sets `customer_data`.
        value customer_data: CreatePortalCustomerDataSpaceCustomerData,
        /// Sets `duration_minutes`.
        plain duration_minutes: i64,
        /// Sets `geolocation`.
        value geolocation: CreatePortalCustomerDataSpaceGeolocation,
        /// Sets `parent_site_key`.
        value parent_site_key: String,
    }
}

/// The `create_portal_customer_data_space_customer_data` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataSpaceCustomerData {
    /// `address`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::Nullable<String>>,
    /// `default_checkin_time`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_checkin_time: Option<crate::Nullable<String>>,
    /// `default_checkout_time`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_checkout_time: Option<crate::Nullable<String>>,
    /// `time_zone`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataSpaceCustomerData {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortalCustomerDataSpaceCustomerData {
            address: None,
            default_checkin_time: None,
            default_checkout_time: None,
            time_zone: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataSpaceCustomerData {
        /// Sets `address`.
        nullable address: String,
        /// Sets `default_checkin_time`.
        nullable default_checkin_time: String,
        /// Sets `default_checkout_time`.
        nullable default_checkout_time: String,
        /// Sets `time_zone`.
        nullable time_zone: String,
    }
}

/// The `create_portal_customer_data_space_geolocation` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataSpaceGeolocation {
    /// `latitude`: a number (required).
    pub latitude: f64,
    /// `longitude`: a number (required).
    pub longitude: f64,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataSpaceGeolocation {
    /// A request with its required parameters (`latitude`, `longitude`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(latitude: f64, longitude: f64) -> Self {
        CreatePortalCustomerDataSpaceGeolocation {
            latitude,
            longitude,
        }
    }
}

/// The `create_portal_customer_data_staff_member` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataStaffMember {
    /// `building_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub building_keys: Option<Vec<String>>,
    /// `common_area_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_area_keys: Option<Vec<String>>,
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `facility_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility_keys: Option<Vec<String>>,
    /// `listing_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_keys: Option<Vec<String>>,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `property_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_keys: Option<Vec<String>>,
    /// `property_listing_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_listing_keys: Option<Vec<String>>,
    /// `room_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_keys: Option<Vec<String>>,
    /// `site_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_keys: Option<Vec<String>>,
    /// `space_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub space_keys: Option<Vec<String>>,
    /// `staff_member_key`: a string (required).
    pub staff_member_key: String,
    /// `unit_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_keys: Option<Vec<String>>,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataStaffMember {
    /// A request with its required parameters (`name`, `staff_member_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, staff_member_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataStaffMember {
            building_keys: None,
            common_area_keys: None,
            email_address: None,
            facility_keys: None,
            listing_keys: None,
            name: name.into(),
            phone_number: None,
            property_keys: None,
            property_listing_keys: None,
            room_keys: None,
            site_keys: None,
            space_keys: None,
            staff_member_key: staff_member_key.into(),
            unit_keys: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataStaffMember {
        /// Sets `building_keys`.
        list building_keys: String,
        /// Sets `common_area_keys`.
        list common_area_keys: String,
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `facility_keys`.
        list facility_keys: String,
        /// Sets `listing_keys`.
        list listing_keys: String,
        /// Sets `phone_number`.
        value phone_number: String,
        /// Sets `property_keys`.
        list property_keys: String,
        /// Sets `property_listing_keys`.
        list property_listing_keys: String,
        /// Sets `room_keys`.
        list room_keys: String,
        /// Sets `site_keys`.
        list site_keys: String,
        /// Sets `space_keys`.
        list space_keys: String,
        /// Sets `unit_keys`.
        list unit_keys: String,
    }
}

/// The `create_portal_customer_data_tenant` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataTenant {
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `tenant_key`: a string (required).
    pub tenant_key: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataTenant {
    /// A request with its required parameters (`name`, `tenant_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, tenant_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataTenant {
            email_address: None,
            name: name.into(),
            phone_number: None,
            tenant_key: tenant_key.into(),
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataTenant {
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `phone_number`.
        value phone_number: String,
    }
}

/// The `create_portal_customer_data_unit` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataUnit {
    /// `name`: a string (required).
    pub name: String,
    /// `parent_site_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_site_key: Option<String>,
    /// `unit_key`: a string (required).
    pub unit_key: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataUnit {
    /// A request with its required parameters (`name`, `unit_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, unit_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataUnit {
            name: name.into(),
            parent_site_key: None,
            unit_key: unit_key.into(),
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataUnit {
        /// Sets `parent_site_key`.
        value parent_site_key: String,
    }
}

/// The `create_portal_customer_data_user` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataUser {
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `user_key`: a string (required).
    pub user_key: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataUser {
    /// A request with its required parameters (`name`, `user_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, user_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataUser {
            email_address: None,
            name: name.into(),
            phone_number: None,
            user_key: user_key.into(),
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataUser {
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `phone_number`.
        value phone_number: String,
    }
}

/// The `create_portal_customer_data_user_identity` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerDataUserIdentity {
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `user_identity_key`: a string (required).
    pub user_identity_key: String,
}

#[allow(deprecated)]
impl CreatePortalCustomerDataUserIdentity {
    /// A request with its required parameters (`name`, `user_identity_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, user_identity_key: impl Into<String>) -> Self {
        CreatePortalCustomerDataUserIdentity {
            email_address: None,
            name: name.into(),
            phone_number: None,
            user_identity_key: user_identity_key.into(),
        }
    }
}

crate::setters::setters! {
    CreatePortalCustomerDataUserIdentity {
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `phone_number`.
        value phone_number: String,
    }
}

/// The `create_portal_customer_resources_filter` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalCustomerResourcesFilter {
    /// `field`: a string (required).
    pub field: String,
    /// `operation`: a [`CreatePortalCustomerResourcesFilterOperation`] (required).
    pub operation: CreatePortalCustomerResourcesFilterOperation,
    /// `value`: a [`MetadataValue`](crate::MetadataValue) (required).
    pub value: crate::MetadataValue,
}

#[allow(deprecated)]
impl CreatePortalCustomerResourcesFilter {
    /// A request with its required parameters (`field`, `operation`, `value`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        field: impl Into<String>,
        operation: impl Into<CreatePortalCustomerResourcesFilterOperation>,
        value: impl Into<crate::MetadataValue>,
    ) -> Self {
        CreatePortalCustomerResourcesFilter {
            field: field.into(),
            operation: operation.into(),
            value: value.into(),
        }
    }
}

seamapi_runtime::string_enum! {
    /// The values of `create_portal_customer_resources_filter_operation`.
    pub enum CreatePortalCustomerResourcesFilterOperation {
        /// `=`.
        Empty => "=",
    }
}

/// The `create_portal_deep_link` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(tag = "resource_type")]
pub enum CreatePortalDeepLink {
    /// `resource_type` is `reservation`.
    #[serde(rename = "reservation")]
    Reservation {
        /// `resource_key`: a string (required).
        resource_key: String,
    },
    /// `resource_type` is `space`.
    #[serde(rename = "space")]
    Space {
        /// `resource_key`: a string (required).
        resource_key: String,
    },
    /// `resource_type` is `device`.
    #[serde(rename = "device")]
    Device {
        /// `resource_id`: a string (required).
        resource_id: String,
    },
}

/// The `create_portal_features` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalFeatures {
    /// `configure`: a [`CreatePortalFeaturesConfigure`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configure: Option<CreatePortalFeaturesConfigure>,
    /// `connect`: a [`CreatePortalFeaturesConnect`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connect: Option<CreatePortalFeaturesConnect>,
    /// `manage`: a [`CreatePortalFeaturesManage`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage: Option<CreatePortalFeaturesManage>,
    /// `manage_devices`: a [`CreatePortalFeaturesManageDevices`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_devices: Option<CreatePortalFeaturesManageDevices>,
    /// `organize`: a [`CreatePortalFeaturesOrganize`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organize: Option<CreatePortalFeaturesOrganize>,
}

#[allow(deprecated)]
impl CreatePortalFeatures {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortalFeatures {
            configure: None,
            connect: None,
            manage: None,
            manage_devices: None,
            organize: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalFeatures {
        /// Sets `configure`.
        value configure: CreatePortalFeaturesConfigure,
        /// Sets `connect`.
        value connect: CreatePortalFeaturesConnect,
        /// Sets `manage`.
        value manage: CreatePortalFeaturesManage,
        /// Sets `manage_devices`.
        value manage_devices: CreatePortalFeaturesManageDevices,
        /// Sets `organize`.
        value organize: CreatePortalFeaturesOrganize,
    }
}

/// The `create_portal_features_configure` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalFeaturesConfigure {
    /// `allow_access_automation_rule_customization`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_access_automation_rule_customization: Option<bool>,
    /// `allow_climate_automation_rule_customization`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_climate_automation_rule_customization: Option<bool>,
    /// `allow_instant_key_customization`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_instant_key_customization: Option<bool>,
    /// `exclude`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude: Option<bool>,
}

#[allow(deprecated)]
impl CreatePortalFeaturesConfigure {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortalFeaturesConfigure {
            allow_access_automation_rule_customization: None,
            allow_climate_automation_rule_customization: None,
            allow_instant_key_customization: None,
            exclude: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalFeaturesConfigure {
        /// Sets `allow_access_automation_rule_customization`.
        plain allow_access_automation_rule_customization: bool,
        /// Sets `allow_climate_automation_rule_customization`.
        plain allow_climate_automation_rule_customization: bool,
        /// Sets `allow_instant_key_customization`.
        plain allow_instant_key_customization: bool,
        /// Sets `exclude`.
        plain exclude: bool,
    }
}

/// The `create_portal_features_connect` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalFeaturesConnect {
    /// `accepted_providers`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_providers: Option<Vec<String>>,
    /// `exclude`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude: Option<bool>,
    /// `excluded_providers`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excluded_providers: Option<Vec<String>>,
}

#[allow(deprecated)]
impl CreatePortalFeaturesConnect {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortalFeaturesConnect {
            accepted_providers: None,
            exclude: None,
            excluded_providers: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalFeaturesConnect {
        /// Sets `accepted_providers`.
        list accepted_providers: String,
        /// Sets `exclude`.
        plain exclude: bool,
        /// Sets `excluded_providers`.
        list excluded_providers: String,
    }
}

/// The `create_portal_features_manage` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalFeaturesManage {
    /// `device_management_confirmation`: a [`CreatePortalFeaturesManageDeviceManagementConfirmation`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_management_confirmation:
        Option<CreatePortalFeaturesManageDeviceManagementConfirmation>,
    /// `events`: a [`CreatePortalFeaturesManageEvents`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<CreatePortalFeaturesManageEvents>,
    /// `exclude`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude: Option<bool>,
    /// `exclude_reservation_management`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude_reservation_management: Option<bool>,
    /// `exclude_reservation_technical_details`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude_reservation_technical_details: Option<bool>,
    /// `exclude_staff_management`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude_staff_management: Option<bool>,
}

#[allow(deprecated)]
impl CreatePortalFeaturesManage {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortalFeaturesManage {
            device_management_confirmation: None,
            events: None,
            exclude: None,
            exclude_reservation_management: None,
            exclude_reservation_technical_details: None,
            exclude_staff_management: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalFeaturesManage {
        /// Sets `device_management_confirmation`.
        value device_management_confirmation: CreatePortalFeaturesManageDeviceManagementConfirmation,
        /// Sets `events`.
        value events: CreatePortalFeaturesManageEvents,
        /// Sets `exclude`.
        plain exclude: bool,
        /// Sets `exclude_reservation_management`.
        plain exclude_reservation_management: bool,
        /// Sets `exclude_reservation_technical_details`.
        plain exclude_reservation_technical_details: bool,
        /// Sets `exclude_staff_management`.
        plain exclude_staff_management: bool,
    }
}

/// The `create_portal_features_manage_device_management_confirmation` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalFeaturesManageDeviceManagementConfirmation {
    /// `body`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// `cancel_button_label`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancel_button_label: Option<String>,
    /// `confirm_button_label`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirm_button_label: Option<String>,
    /// `title`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[allow(deprecated)]
impl CreatePortalFeaturesManageDeviceManagementConfirmation {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortalFeaturesManageDeviceManagementConfirmation {
            body: None,
            cancel_button_label: None,
            confirm_button_label: None,
            title: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalFeaturesManageDeviceManagementConfirmation {
        /// Sets `body`.
        value body: String,
        /// Sets `cancel_button_label`.
        value cancel_button_label: String,
        /// Sets `confirm_button_label`.
        value confirm_button_label: String,
        /// Sets `title`.
        value title: String,
    }
}

/// The `create_portal_features_manage_devices` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalFeaturesManageDevices {
    /// `exclude`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude: Option<bool>,
}

#[allow(deprecated)]
impl CreatePortalFeaturesManageDevices {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortalFeaturesManageDevices { exclude: None }
    }
}

crate::setters::setters! {
    CreatePortalFeaturesManageDevices {
        /// Sets `exclude`.
        plain exclude: bool,
    }
}

/// The `create_portal_features_manage_events` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalFeaturesManageEvents {
    /// `allowed_events`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_events: Option<Vec<String>>,
    /// `default_events`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_events: Option<Vec<String>>,
}

#[allow(deprecated)]
impl CreatePortalFeaturesManageEvents {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortalFeaturesManageEvents {
            allowed_events: None,
            default_events: None,
        }
    }
}

crate::setters::setters! {
    CreatePortalFeaturesManageEvents {
        /// Sets `allowed_events`.
        list allowed_events: String,
        /// Sets `default_events`.
        list default_events: String,
    }
}

/// The `create_portal_features_organize` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalFeaturesOrganize {
    /// `exclude`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude: Option<bool>,
}

#[allow(deprecated)]
impl CreatePortalFeaturesOrganize {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortalFeaturesOrganize { exclude: None }
    }
}

crate::setters::setters! {
    CreatePortalFeaturesOrganize {
        /// Sets `exclude`.
        plain exclude: bool,
    }
}

/// The `create_portal_landing_page` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePortalLandingPage {
    /// `manage`: any JSON value (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage: Option<::serde_json::Value>,
}

#[allow(deprecated)]
impl CreatePortalLandingPage {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreatePortalLandingPage { manage: None }
    }
}

crate::setters::setters! {
    CreatePortalLandingPage {
        /// Sets `manage`.
        value manage: ::serde_json::Value,
    }
}

seamapi_runtime::string_enum! {
    /// The values of `create_portal_locale`.
    pub enum CreatePortalLocale {
        /// `en-US`.
        EnUs => "en-US",
        /// `pt-PT`.
        PtPt => "pt-PT",
        /// `fr-FR`.
        FrFr => "fr-FR",
        /// `it-IT`.
        ItIt => "it-IT",
        /// `es-ES`.
        EsEs => "es-ES",
        /// `de-DE`.
        DeDe => "de-DE",
        /// `nl-NL`.
        NlNl => "nl-NL",
        /// `el-GR`.
        ElGr => "el-GR",
        /// `pl-PL`.
        PlPl => "pl-PL",
        /// `ru-RU`.
        RuRu => "ru-RU",
    }
}

seamapi_runtime::string_enum! {
    /// The values of `create_portal_navigation_mode`.
    pub enum CreatePortalNavigationMode {
        /// `full`.
        Full => "full",
        /// `restricted`.
        Restricted => "restricted",
    }
}

/// The `push_data_access_grant` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataAccessGrant {
    /// `access_grant_key`: a string (required).
    pub access_grant_key: String,
    /// `building_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub building_keys: Option<Vec<String>>,
    /// `common_area_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_area_keys: Option<Vec<String>>,
    /// `ends_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `facility_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility_keys: Option<Vec<String>>,
    /// `guest_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guest_key: Option<String>,
    /// `listing_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_keys: Option<Vec<String>>,
    /// `name`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `preferred_code`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_code: Option<String>,
    /// `property_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_keys: Option<Vec<String>>,
    /// `resident_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resident_key: Option<String>,
    /// `room_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_keys: Option<Vec<String>>,
    /// `space_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub space_keys: Option<Vec<String>>,
    /// `starts_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
    /// `tenant_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_key: Option<String>,
    /// `unit_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_keys: Option<Vec<String>>,
    /// `user_identity_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_identity_key: Option<String>,
    /// `user_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_key: Option<String>,
}

#[allow(deprecated)]
impl PushDataAccessGrant {
    /// A request with its required parameters (`access_grant_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_grant_key: impl Into<String>) -> Self {
        PushDataAccessGrant {
            access_grant_key: access_grant_key.into(),
            building_keys: None,
            common_area_keys: None,
            ends_at: None,
            facility_keys: None,
            guest_key: None,
            listing_keys: None,
            name: None,
            preferred_code: None,
            property_keys: None,
            resident_key: None,
            room_keys: None,
            space_keys: None,
            starts_at: None,
            tenant_key: None,
            unit_keys: None,
            user_identity_key: None,
            user_key: None,
        }
    }
}

crate::setters::setters! {
    PushDataAccessGrant {
        /// Sets `building_keys`.
        list building_keys: String,
        /// Sets `common_area_keys`.
        list common_area_keys: String,
        /// Sets `ends_at`.
        plain ends_at: crate::Timestamp,
        /// Sets `facility_keys`.
        list facility_keys: String,
        /// Sets `guest_key`.
        value guest_key: String,
        /// Sets `listing_keys`.
        list listing_keys: String,
        /// Sets `name`.
        value name: String,
        /// Sets `preferred_code`.
        value preferred_code: String,
        /// Sets `property_keys`.
        list property_keys: String,
        /// Sets `resident_key`.
        value resident_key: String,
        /// Sets `room_keys`.
        list room_keys: String,
        /// Sets `space_keys`.
        list space_keys: String,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
        /// Sets `tenant_key`.
        value tenant_key: String,
        /// Sets `unit_keys`.
        list unit_keys: String,
        /// Sets `user_identity_key`.
        value user_identity_key: String,
        /// Sets `user_key`.
        value user_key: String,
    }
}

/// The `push_data_booking` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataBooking {
    /// `booking_key`: a string (required).
    pub booking_key: String,
    /// `building_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub building_keys: Option<Vec<String>>,
    /// `common_area_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_area_keys: Option<Vec<String>>,
    /// `ends_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `facility_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility_keys: Option<Vec<String>>,
    /// `guest_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guest_key: Option<String>,
    /// `listing_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_keys: Option<Vec<String>>,
    /// `name`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `preferred_code`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_code: Option<String>,
    /// `property_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_keys: Option<Vec<String>>,
    /// `resident_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resident_key: Option<String>,
    /// `room_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_keys: Option<Vec<String>>,
    /// `space_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub space_keys: Option<Vec<String>>,
    /// `starts_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
    /// `tenant_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_key: Option<String>,
    /// `unit_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_keys: Option<Vec<String>>,
    /// `user_identity_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_identity_key: Option<String>,
    /// `user_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_key: Option<String>,
}

#[allow(deprecated)]
impl PushDataBooking {
    /// A request with its required parameters (`booking_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(booking_key: impl Into<String>) -> Self {
        PushDataBooking {
            booking_key: booking_key.into(),
            building_keys: None,
            common_area_keys: None,
            ends_at: None,
            facility_keys: None,
            guest_key: None,
            listing_keys: None,
            name: None,
            preferred_code: None,
            property_keys: None,
            resident_key: None,
            room_keys: None,
            space_keys: None,
            starts_at: None,
            tenant_key: None,
            unit_keys: None,
            user_identity_key: None,
            user_key: None,
        }
    }
}

crate::setters::setters! {
    PushDataBooking {
        /// Sets `building_keys`.
        list building_keys: String,
        /// Sets `common_area_keys`.
        list common_area_keys: String,
        /// Sets `ends_at`.
        plain ends_at: crate::Timestamp,
        /// Sets `facility_keys`.
        list facility_keys: String,
        /// Sets `guest_key`.
        value guest_key: String,
        /// Sets `listing_keys`.
        list listing_keys: String,
        /// Sets `name`.
        value name: String,
        /// Sets `preferred_code`.
        value preferred_code: String,
        /// Sets `property_keys`.
        list property_keys: String,
        /// Sets `resident_key`.
        value resident_key: String,
        /// Sets `room_keys`.
        list room_keys: String,
        /// Sets `space_keys`.
        list space_keys: String,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
        /// Sets `tenant_key`.
        value tenant_key: String,
        /// Sets `unit_keys`.
        list unit_keys: String,
        /// Sets `user_identity_key`.
        value user_identity_key: String,
        /// Sets `user_key`.
        value user_key: String,
    }
}

/// The `push_data_building` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataBuilding {
    /// `building_key`: a string (required).
    pub building_key: String,
    /// `name`: a string (required).
    pub name: String,
}

#[allow(deprecated)]
impl PushDataBuilding {
    /// A request with its required parameters (`building_key`, `name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(building_key: impl Into<String>, name: impl Into<String>) -> Self {
        PushDataBuilding {
            building_key: building_key.into(),
            name: name.into(),
        }
    }
}

/// The `push_data_common_area` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataCommonArea {
    /// `common_area_key`: a string (required).
    pub common_area_key: String,
    /// `name`: a string (required).
    pub name: String,
    /// `parent_site_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_site_key: Option<String>,
}

#[allow(deprecated)]
impl PushDataCommonArea {
    /// A request with its required parameters (`common_area_key`, `name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(common_area_key: impl Into<String>, name: impl Into<String>) -> Self {
        PushDataCommonArea {
            common_area_key: common_area_key.into(),
            name: name.into(),
            parent_site_key: None,
        }
    }
}

crate::setters::setters! {
    PushDataCommonArea {
        /// Sets `parent_site_key`.
        value parent_site_key: String,
    }
}

/// The `push_data_facility` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataFacility {
    /// `facility_key`: a string (required).
    pub facility_key: String,
    /// `name`: a string (required).
    pub name: String,
}

#[allow(deprecated)]
impl PushDataFacility {
    /// A request with its required parameters (`facility_key`, `name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(facility_key: impl Into<String>, name: impl Into<String>) -> Self {
        PushDataFacility {
            facility_key: facility_key.into(),
            name: name.into(),
        }
    }
}

/// The `push_data_guest` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataGuest {
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `guest_key`: a string (required).
    pub guest_key: String,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

#[allow(deprecated)]
impl PushDataGuest {
    /// A request with its required parameters (`guest_key`, `name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(guest_key: impl Into<String>, name: impl Into<String>) -> Self {
        PushDataGuest {
            email_address: None,
            guest_key: guest_key.into(),
            name: name.into(),
            phone_number: None,
        }
    }
}

crate::setters::setters! {
    PushDataGuest {
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `phone_number`.
        value phone_number: String,
    }
}

/// The `push_data_listing` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataListing {
    /// `listing_key`: a string (required).
    pub listing_key: String,
    /// `name`: a string (required).
    pub name: String,
}

#[allow(deprecated)]
impl PushDataListing {
    /// A request with its required parameters (`listing_key`, `name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(listing_key: impl Into<String>, name: impl Into<String>) -> Self {
        PushDataListing {
            listing_key: listing_key.into(),
            name: name.into(),
        }
    }
}

/// The `push_data_property` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataProperty {
    /// `name`: a string (required).
    pub name: String,
    /// `property_key`: a string (required).
    pub property_key: String,
}

#[allow(deprecated)]
impl PushDataProperty {
    /// A request with its required parameters (`name`, `property_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, property_key: impl Into<String>) -> Self {
        PushDataProperty {
            name: name.into(),
            property_key: property_key.into(),
        }
    }
}

/// The `push_data_property_listing` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataPropertyListing {
    /// `custom_metadata`: an object of named values (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_metadata: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `name`: a string (required).
    pub name: String,
    /// `property_listing_key`: a string (required).
    pub property_listing_key: String,
}

#[allow(deprecated)]
impl PushDataPropertyListing {
    /// A request with its required parameters (`name`, `property_listing_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, property_listing_key: impl Into<String>) -> Self {
        PushDataPropertyListing {
            custom_metadata: None,
            name: name.into(),
            property_listing_key: property_listing_key.into(),
        }
    }
}

crate::setters::setters! {
    PushDataPropertyListing {
        /// Sets `custom_metadata`.
        value custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    }
}

/// The `push_data_reservation` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataReservation {
    /// `building_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub building_keys: Option<Vec<String>>,
    /// `common_area_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_area_keys: Option<Vec<String>>,
    /// `custom_metadata`: an object of named values (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_metadata: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `ends_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `facility_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility_keys: Option<Vec<String>>,
    /// `guest_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guest_key: Option<String>,
    /// `listing_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_keys: Option<Vec<String>>,
    /// `name`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `preferred_code`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_code: Option<String>,
    /// `property_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_keys: Option<Vec<String>>,
    /// `reservation_key`: a string (required).
    pub reservation_key: String,
    /// `resident_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resident_key: Option<String>,
    /// `room_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_keys: Option<Vec<String>>,
    /// `space_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub space_keys: Option<Vec<String>>,
    /// `starts_at`: a timestamp (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
    /// `tenant_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_key: Option<String>,
    /// `unit_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_keys: Option<Vec<String>>,
    /// `user_identity_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_identity_key: Option<String>,
    /// `user_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_key: Option<String>,
}

#[allow(deprecated)]
impl PushDataReservation {
    /// A request with its required parameters (`reservation_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(reservation_key: impl Into<String>) -> Self {
        PushDataReservation {
            building_keys: None,
            common_area_keys: None,
            custom_metadata: None,
            ends_at: None,
            facility_keys: None,
            guest_key: None,
            listing_keys: None,
            name: None,
            preferred_code: None,
            property_keys: None,
            reservation_key: reservation_key.into(),
            resident_key: None,
            room_keys: None,
            space_keys: None,
            starts_at: None,
            tenant_key: None,
            unit_keys: None,
            user_identity_key: None,
            user_key: None,
        }
    }
}

crate::setters::setters! {
    PushDataReservation {
        /// Sets `building_keys`.
        list building_keys: String,
        /// Sets `common_area_keys`.
        list common_area_keys: String,
        /// Sets `custom_metadata`.
        value custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
        /// Sets `ends_at`.
        plain ends_at: crate::Timestamp,
        /// Sets `facility_keys`.
        list facility_keys: String,
        /// Sets `guest_key`.
        value guest_key: String,
        /// Sets `listing_keys`.
        list listing_keys: String,
        /// Sets `name`.
        value name: String,
        /// Sets `preferred_code`.
        value preferred_code: String,
        /// Sets `property_keys`.
        list property_keys: String,
        /// Sets `resident_key`.
        value resident_key: String,
        /// Sets `room_keys`.
        list room_keys: String,
        /// Sets `space_keys`.
        list space_keys: String,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
        /// Sets `tenant_key`.
        value tenant_key: String,
        /// Sets `unit_keys`.
        list unit_keys: String,
        /// Sets `user_identity_key`.
        value user_identity_key: String,
        /// Sets `user_key`.
        value user_key: String,
    }
}

/// The `push_data_resident` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataResident {
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `resident_key`: a string (required).
    pub resident_key: String,
}

#[allow(deprecated)]
impl PushDataResident {
    /// A request with its required parameters (`name`, `resident_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, resident_key: impl Into<String>) -> Self {
        PushDataResident {
            email_address: None,
            name: name.into(),
            phone_number: None,
            resident_key: resident_key.into(),
        }
    }
}

crate::setters::setters! {
    PushDataResident {
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `phone_number`.
        value phone_number: String,
    }
}

/// The `push_data_room` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataRoom {
    /// `name`: a string (required).
    pub name: String,
    /// `parent_site_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_site_key: Option<String>,
    /// `room_key`: a string (required).
    pub room_key: String,
}

#[allow(deprecated)]
impl PushDataRoom {
    /// A request with its required parameters (`name`, `room_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, room_key: impl Into<String>) -> Self {
        PushDataRoom {
            name: name.into(),
            parent_site_key: None,
            room_key: room_key.into(),
        }
    }
}

crate::setters::setters! {
    PushDataRoom {
        /// Sets `parent_site_key`.
        value parent_site_key: String,
    }
}

/// The `push_data_site` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataSite {
    /// `name`: a string (required).
    pub name: String,
    /// `site_key`: a string (required).
    pub site_key: String,
}

#[allow(deprecated)]
impl PushDataSite {
    /// A request with its required parameters (`name`, `site_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, site_key: impl Into<String>) -> Self {
        PushDataSite {
            name: name.into(),
            site_key: site_key.into(),
        }
    }
}

/// The `push_data_space` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataSpace {
    /// `customer_data`: a [`PushDataSpaceCustomerData`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_data: Option<PushDataSpaceCustomerData>,
    /// `duration_minutes`: an integer (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<i64>,
    /// `geolocation`: a [`PushDataSpaceGeolocation`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<PushDataSpaceGeolocation>,
    /// `name`: a string (required).
    pub name: String,
    /// `parent_site_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_site_key: Option<String>,
    /// `space_key`: a string (required).
    pub space_key: String,
}

#[allow(deprecated)]
impl PushDataSpace {
    /// A request with its required parameters (`name`, `space_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, space_key: impl Into<String>) -> Self {
        PushDataSpace {
            customer_data: None,
            duration_minutes: None,
            geolocation: None,
            name: name.into(),
            parent_site_key: None,
            space_key: space_key.into(),
        }
    }
}

crate::setters::setters! {
    PushDataSpace {
        /// Sets `customer_data`.
        value customer_data: PushDataSpaceCustomerData,
        /// Sets `duration_minutes`.
        plain duration_minutes: i64,
        /// Sets `geolocation`.
        value geolocation: PushDataSpaceGeolocation,
        /// Sets `parent_site_key`.
        value parent_site_key: String,
    }
}

/// The `push_data_space_customer_data` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataSpaceCustomerData {
    /// `address`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::Nullable<String>>,
    /// `default_checkin_time`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_checkin_time: Option<crate::Nullable<String>>,
    /// `default_checkout_time`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_checkout_time: Option<crate::Nullable<String>>,
    /// `time_zone`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl PushDataSpaceCustomerData {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        PushDataSpaceCustomerData {
            address: None,
            default_checkin_time: None,
            default_checkout_time: None,
            time_zone: None,
        }
    }
}

crate::setters::setters! {
    PushDataSpaceCustomerData {
        /// Sets `address`.
        nullable address: String,
        /// Sets `default_checkin_time`.
        nullable default_checkin_time: String,
        /// Sets `default_checkout_time`.
        nullable default_checkout_time: String,
        /// Sets `time_zone`.
        nullable time_zone: String,
    }
}

/// The `push_data_space_geolocation` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataSpaceGeolocation {
    /// `latitude`: a number (required).
    pub latitude: f64,
    /// `longitude`: a number (required).
    pub longitude: f64,
}

#[allow(deprecated)]
impl PushDataSpaceGeolocation {
    /// A request with its required parameters (`latitude`, `longitude`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(latitude: f64, longitude: f64) -> Self {
        PushDataSpaceGeolocation {
            latitude,
            longitude,
        }
    }
}

/// The `push_data_staff_member` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataStaffMember {
    /// `building_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub building_keys: Option<Vec<String>>,
    /// `common_area_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_area_keys: Option<Vec<String>>,
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `facility_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility_keys: Option<Vec<String>>,
    /// `listing_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_keys: Option<Vec<String>>,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `property_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_keys: Option<Vec<String>>,
    /// `property_listing_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property_listing_keys: Option<Vec<String>>,
    /// `room_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_keys: Option<Vec<String>>,
    /// `site_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_keys: Option<Vec<String>>,
    /// `space_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub space_keys: Option<Vec<String>>,
    /// `staff_member_key`: a string (required).
    pub staff_member_key: String,
    /// `unit_keys`: a list of string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_keys: Option<Vec<String>>,
}

#[allow(deprecated)]
impl PushDataStaffMember {
    /// A request with its required parameters (`name`, `staff_member_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, staff_member_key: impl Into<String>) -> Self {
        PushDataStaffMember {
            building_keys: None,
            common_area_keys: None,
            email_address: None,
            facility_keys: None,
            listing_keys: None,
            name: name.into(),
            phone_number: None,
            property_keys: None,
            property_listing_keys: None,
            room_keys: None,
            site_keys: None,
            space_keys: None,
            staff_member_key: staff_member_key.into(),
            unit_keys: None,
        }
    }
}

crate::setters::setters! {
    PushDataStaffMember {
        /// Sets `building_keys`.
        list building_keys: String,
        /// Sets `common_area_keys`.
        list common_area_keys: String,
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `facility_keys`.
        list facility_keys: String,
        /// Sets `listing_keys`.
        list listing_keys: String,
        /// Sets `phone_number`.
        value phone_number: String,
        /// Sets `property_keys`.
        list property_keys: String,
        /// Sets `property_listing_keys`.
        list property_listing_keys: String,
        /// Sets `room_keys`.
        list room_keys: String,
        /// Sets `site_keys`.
        list site_keys: String,
        /// Sets `space_keys`.
        list space_keys: String,
        /// Sets `unit_keys`.
        list unit_keys: String,
    }
}

/// The `push_data_tenant` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataTenant {
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `tenant_key`: a string (required).
    pub tenant_key: String,
}

#[allow(deprecated)]
impl PushDataTenant {
    /// A request with its required parameters (`name`, `tenant_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, tenant_key: impl Into<String>) -> Self {
        PushDataTenant {
            email_address: None,
            name: name.into(),
            phone_number: None,
            tenant_key: tenant_key.into(),
        }
    }
}

crate::setters::setters! {
    PushDataTenant {
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `phone_number`.
        value phone_number: String,
    }
}

/// The `push_data_unit` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataUnit {
    /// `name`: a string (required).
    pub name: String,
    /// `parent_site_key`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_site_key: Option<String>,
    /// `unit_key`: a string (required).
    pub unit_key: String,
}

#[allow(deprecated)]
impl PushDataUnit {
    /// A request with its required parameters (`name`, `unit_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, unit_key: impl Into<String>) -> Self {
        PushDataUnit {
            name: name.into(),
            parent_site_key: None,
            unit_key: unit_key.into(),
        }
    }
}

crate::setters::setters! {
    PushDataUnit {
        /// Sets `parent_site_key`.
        value parent_site_key: String,
    }
}

/// The `push_data_user` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataUser {
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `user_key`: a string (required).
    pub user_key: String,
}

#[allow(deprecated)]
impl PushDataUser {
    /// A request with its required parameters (`name`, `user_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, user_key: impl Into<String>) -> Self {
        PushDataUser {
            email_address: None,
            name: name.into(),
            phone_number: None,
            user_key: user_key.into(),
        }
    }
}

crate::setters::setters! {
    PushDataUser {
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `phone_number`.
        value phone_number: String,
    }
}

/// The `push_data_user_identity` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PushDataUserIdentity {
    /// `email_address`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `name`: a string (required).
    pub name: String,
    /// `phone_number`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `user_identity_key`: a string (required).
    pub user_identity_key: String,
}

#[allow(deprecated)]
impl PushDataUserIdentity {
    /// A request with its required parameters (`name`, `user_identity_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, user_identity_key: impl Into<String>) -> Self {
        PushDataUserIdentity {
            email_address: None,
            name: name.into(),
            phone_number: None,
            user_identity_key: user_identity_key.into(),
        }
    }
}

crate::setters::setters! {
    PushDataUserIdentity {
        /// Sets `email_address`.
        value email_address: String,
        /// Sets `phone_number`.
        value phone_number: String,
    }
}
