//! The `locks` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{Device, DeviceCapabilityFlag};

/// `POST /locks/configure_auto_lock`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/locks/configure_auto_lock>.
#[crate::seam_endpoint(POST, "/locks/configure_auto_lock", action_attempt)]
#[non_exhaustive]
pub struct ConfigureAutoLock {
    /// `auto_lock_enabled`: a boolean (required).
    pub auto_lock_enabled: bool,
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `auto_lock_delay_seconds`: a number (optional).
    pub auto_lock_delay_seconds: Option<f64>,
}

#[allow(deprecated)]
impl ConfigureAutoLock {
    /// A request with its required parameters (`auto_lock_enabled`, `device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(auto_lock_enabled: bool, device_id: crate::Uuid) -> Self {
        ConfigureAutoLock {
            auto_lock_enabled,
            device_id,
            auto_lock_delay_seconds: None,
        }
    }
}

crate::setters::setters! {
    ConfigureAutoLock {
        /// Sets `auto_lock_delay_seconds`.
        plain auto_lock_delay_seconds: f64,
    }
}

/// `GET /locks/get`: returns [`Device`](crate::resources::Device) (under `device`).
///
/// See <https://docs.seam.co/api/locks/get>.
#[crate::seam_endpoint(GET, "/locks/get", response = crate::resources::Device, key = "device")]
#[derive(Default)]
#[non_exhaustive]
#[deprecated(note = "Seam: Use `/devices/get` instead.")]
pub struct GetLock {
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
    /// `name`: a string (optional).
    pub name: Option<String>,
}

#[allow(deprecated)]
impl GetLock {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        GetLock {
            device_id: None,
            name: None,
        }
    }
}

crate::setters::setters! {
    GetLock {
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
        /// Sets `name`.
        value name: String,
    }
}

/// `POST /locks/list`: returns a list of [`Device`](crate::resources::Device) (under `devices`).
///
/// See <https://docs.seam.co/api/locks/list>.
#[crate::seam_endpoint(POST, "/locks/list", response = Vec<crate::resources::Device>, key = "devices")]
#[derive(Default)]
#[non_exhaustive]
pub struct ListLocks {
    /// `connect_webview_id`: an id (UUID) (optional).
    pub connect_webview_id: Option<crate::Uuid>,
    /// `connected_account_id`: an id (UUID) (optional).
    pub connected_account_id: Option<crate::Uuid>,
    /// `connected_account_ids`: a list of id (UUID) (optional).
    pub connected_account_ids: Option<Vec<crate::Uuid>>,
    /// `created_before`: a timestamp (optional).
    pub created_before: Option<crate::Timestamp>,
    /// `custom_metadata_has`: an object of named values (optional).
    pub custom_metadata_has: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `device_ids`: a list of id (UUID) (optional).
    pub device_ids: Option<Vec<crate::Uuid>>,
    /// `device_type`: a [`ListLocksDeviceType`] (optional).
    pub device_type: Option<ListLocksDeviceType>,
    /// `device_types`: a list of [`ListLocksDeviceType`] (optional).
    pub device_types: Option<Vec<ListLocksDeviceType>>,
    /// `exclude_if`: a list of [`DeviceCapabilityFlag`](crate::resources::DeviceCapabilityFlag) (optional).
    pub exclude_if: Option<Vec<crate::resources::DeviceCapabilityFlag>>,
    /// `include_if`: a list of [`DeviceCapabilityFlag`](crate::resources::DeviceCapabilityFlag) (optional).
    pub include_if: Option<Vec<crate::resources::DeviceCapabilityFlag>>,
    /// `limit`: an integer (optional).
    pub limit: Option<u32>,
    /// `manufacturer`: a [`ListLocksManufacturer`] (optional).
    pub manufacturer: Option<ListLocksManufacturer>,
    /// `page_cursor`: a string (optional, may be null).
    pub page_cursor: Option<String>,
    /// `search`: a string (optional).
    pub search: Option<String>,
    /// `space_id`: an id (UUID) (optional).
    pub space_id: Option<crate::Uuid>,
    /// `unstable_location_id`: an id (UUID) (optional, may be null).
    #[deprecated(note = "Seam: Use `space_id`.")]
    pub unstable_location_id: Option<crate::Nullable<crate::Uuid>>,
    /// `user_identifier_key`: a string (optional).
    pub user_identifier_key: Option<String>,
}

#[allow(deprecated)]
impl ListLocks {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListLocks {
            connect_webview_id: None,
            connected_account_id: None,
            connected_account_ids: None,
            created_before: None,
            custom_metadata_has: None,
            customer_key: None,
            device_ids: None,
            device_type: None,
            device_types: None,
            exclude_if: None,
            include_if: None,
            limit: None,
            manufacturer: None,
            page_cursor: None,
            search: None,
            space_id: None,
            unstable_location_id: None,
            user_identifier_key: None,
        }
    }
}

crate::setters::setters! {
    ListLocks {
        /// Sets `connect_webview_id`.
        plain connect_webview_id: crate::Uuid,
        /// Sets `connected_account_id`.
        plain connected_account_id: crate::Uuid,
        /// Sets `connected_account_ids`.
        list connected_account_ids: crate::Uuid,
        /// Sets `created_before`.
        plain created_before: crate::Timestamp,
        /// Sets `custom_metadata_has`.
        value custom_metadata_has: ::std::collections::BTreeMap<String, crate::MetadataValue>,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `device_ids`.
        list device_ids: crate::Uuid,
        /// Sets `device_type`.
        value device_type: ListLocksDeviceType,
        /// Sets `device_types`.
        list device_types: ListLocksDeviceType,
        /// Sets `exclude_if`.
        list exclude_if: crate::resources::DeviceCapabilityFlag,
        /// Sets `include_if`.
        list include_if: crate::resources::DeviceCapabilityFlag,
        /// Sets `limit`.
        plain limit: u32,
        /// Sets `manufacturer`.
        value manufacturer: ListLocksManufacturer,
        /// Sets `page_cursor`.
        value page_cursor: String,
        /// Sets `search`.
        value search: String,
        /// Sets `space_id`.
        plain space_id: crate::Uuid,
        /// Sets `unstable_location_id`.
        #[deprecated(note = "Seam: Use `space_id`.")]
        nullable unstable_location_id: crate::Uuid,
        /// Sets `user_identifier_key`.
        value user_identifier_key: String,
    }
}

/// `POST /locks/lock_door`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/locks/lock_door>.
#[crate::seam_endpoint(POST, "/locks/lock_door", action_attempt)]
#[non_exhaustive]
pub struct LockDoor {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
}

#[allow(deprecated)]
impl LockDoor {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        LockDoor {
            device_id,
            sync: None,
        }
    }
}

crate::setters::setters! {
    LockDoor {
        /// Sets `sync`.
        plain sync: bool,
    }
}

/// `POST /locks/unlock_door`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/locks/unlock_door>.
#[crate::seam_endpoint(POST, "/locks/unlock_door", action_attempt)]
#[non_exhaustive]
pub struct UnlockDoor {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
}

#[allow(deprecated)]
impl UnlockDoor {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        UnlockDoor {
            device_id,
            sync: None,
        }
    }
}

crate::setters::setters! {
    UnlockDoor {
        /// Sets `sync`.
        plain sync: bool,
    }
}

seamapi_runtime::string_enum! {
    /// The values of `list_locks_device_type`.
    pub enum ListLocksDeviceType {
        /// `akuvox_lock`.
        AkuvoxLock => "akuvox_lock",
        /// `august_lock`.
        AugustLock => "august_lock",
        /// `brivo_access_point`.
        BrivoAccessPoint => "brivo_access_point",
        /// `butterflymx_panel`.
        ButterflymxPanel => "butterflymx_panel",
        /// `avigilon_alta_entry`.
        AvigilonAltaEntry => "avigilon_alta_entry",
        /// `doorking_lock`.
        DoorkingLock => "doorking_lock",
        /// `genie_door`.
        GenieDoor => "genie_door",
        /// `igloo_lock`.
        IglooLock => "igloo_lock",
        /// `linear_lock`.
        LinearLock => "linear_lock",
        /// `lockly_lock`.
        LocklyLock => "lockly_lock",
        /// `kwikset_lock`.
        KwiksetLock => "kwikset_lock",
        /// `nuki_lock`.
        NukiLock => "nuki_lock",
        /// `salto_lock`.
        SaltoLock => "salto_lock",
        /// `schlage_lock`.
        SchlageLock => "schlage_lock",
        /// `smartthings_lock`.
        SmartthingsLock => "smartthings_lock",
        /// `wyze_lock`.
        WyzeLock => "wyze_lock",
        /// `yale_lock`.
        YaleLock => "yale_lock",
        /// `two_n_intercom`.
        TwoNIntercom => "two_n_intercom",
        /// `controlbyweb_device`.
        ControlbywebDevice => "controlbyweb_device",
        /// `ttlock_lock`.
        TtlockLock => "ttlock_lock",
        /// `igloohome_lock`.
        IgloohomeLock => "igloohome_lock",
        /// `four_suites_door`.
        FourSuitesDoor => "four_suites_door",
        /// `dormakaba_oracode_door`.
        DormakabaOracodeDoor => "dormakaba_oracode_door",
        /// `tedee_lock`.
        TedeeLock => "tedee_lock",
        /// `akiles_lock`.
        AkilesLock => "akiles_lock",
        /// `ultraloq_lock`.
        UltraloqLock => "ultraloq_lock",
        /// `keyincode_lock`.
        KeyincodeLock => "keyincode_lock",
        /// `omnitec_lock`.
        OmnitecLock => "omnitec_lock",
        /// `kisi_lock`.
        KisiLock => "kisi_lock",
    }
}

seamapi_runtime::string_enum! {
    /// The values of `list_locks_manufacturer`.
    pub enum ListLocksManufacturer {
        /// `akuvox`.
        Akuvox => "akuvox",
        /// `august`.
        August => "august",
        /// `brivo`.
        Brivo => "brivo",
        /// `butterflymx`.
        Butterflymx => "butterflymx",
        /// `avigilon_alta`.
        AvigilonAlta => "avigilon_alta",
        /// `doorking`.
        Doorking => "doorking",
        /// `genie`.
        Genie => "genie",
        /// `igloo`.
        Igloo => "igloo",
        /// `linear`.
        Linear => "linear",
        /// `lockly`.
        Lockly => "lockly",
        /// `kwikset`.
        Kwikset => "kwikset",
        /// `nuki`.
        Nuki => "nuki",
        /// `salto`.
        Salto => "salto",
        /// `schlage`.
        Schlage => "schlage",
        /// `seam`.
        Seam => "seam",
        /// `wyze`.
        Wyze => "wyze",
        /// `yale`.
        Yale => "yale",
        /// `two_n`.
        TwoN => "two_n",
        /// `controlbyweb`.
        Controlbyweb => "controlbyweb",
        /// `ttlock`.
        Ttlock => "ttlock",
        /// `igloohome`.
        Igloohome => "igloohome",
        /// `four_suites`.
        FourSuites => "four_suites",
        /// `dormakaba_oracode`.
        DormakabaOracode => "dormakaba_oracode",
        /// `tedee`.
        Tedee => "tedee",
        /// `keyincode`.
        Keyincode => "keyincode",
        /// `akiles`.
        Akiles => "akiles",
        /// `korelock`.
        Korelock => "korelock",
        /// `smartthings`.
        Smartthings => "smartthings",
        /// `ultraloq`.
        Ultraloq => "ultraloq",
        /// `omnitec`.
        Omnitec => "omnitec",
        /// `kisi`.
        Kisi => "kisi",
    }
}

/// The `locks/simulate` endpoints.
pub mod simulate {
    /// `POST /locks/simulate/keypad_code_entry`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
    ///
    /// See <https://docs.seam.co/api/locks/simulate/keypad_code_entry>.
    #[crate::seam_endpoint(POST, "/locks/simulate/keypad_code_entry", action_attempt)]
    #[non_exhaustive]
    pub struct KeypadCodeEntry {
        /// `code`: a string (required).
        pub code: String,
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl KeypadCodeEntry {
        /// A request with its required parameters (`code`, `device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(code: impl Into<String>, device_id: crate::Uuid) -> Self {
            KeypadCodeEntry {
                code: code.into(),
                device_id,
            }
        }
    }

    /// `POST /locks/simulate/manual_lock_via_keypad`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
    ///
    /// See <https://docs.seam.co/api/locks/simulate/manual_lock_via_keypad>.
    #[crate::seam_endpoint(POST, "/locks/simulate/manual_lock_via_keypad", action_attempt)]
    #[non_exhaustive]
    pub struct ManualLockViaKeypad {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl ManualLockViaKeypad {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            ManualLockViaKeypad { device_id }
        }
    }
}
