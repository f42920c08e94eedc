//! The `connect_webviews` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{AcceptedCapability, ConnectWebview, ConnectWebviewDeviceSelectionMode};

/// `POST /connect_webviews/create`: returns [`ConnectWebview`](crate::resources::ConnectWebview) (under `connect_webview`).
///
/// See <https://docs.seam.co/api/connect_webviews/create>.
#[crate::seam_endpoint(POST, "/connect_webviews/create", response = crate::resources::ConnectWebview, key = "connect_webview")]
#[derive(Default)]
#[non_exhaustive]
pub struct CreateConnectWebview {
    /// `accepted_capabilities`: a list of [`AcceptedCapability`](crate::resources::AcceptedCapability) (optional).
    pub accepted_capabilities: Option<Vec<crate::resources::AcceptedCapability>>,
    /// `accepted_providers`: a list of [`CreateConnectWebviewAcceptedProvider`] (optional).
    pub accepted_providers: Option<Vec<CreateConnectWebviewAcceptedProvider>>,
    /// `automatically_manage_new_devices`: a boolean (optional).
    pub automatically_manage_new_devices: Option<bool>,
    /// `custom_metadata`: an object of named values (optional).
    pub custom_metadata: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `custom_redirect_failure_url`: a string (optional).
    pub custom_redirect_failure_url: Option<String>,
    /// `custom_redirect_url`: a string (optional).
    pub custom_redirect_url: Option<String>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `device_selection_mode`: a [`ConnectWebviewDeviceSelectionMode`](crate::resources::ConnectWebviewDeviceSelectionMode) (optional).
    pub device_selection_mode: Option<crate::resources::ConnectWebviewDeviceSelectionMode>,
    /// `excluded_providers`: a list of string (optional).
    pub excluded_providers: Option<Vec<String>>,
    /// `provider_category`: a [`CreateConnectWebviewProviderCategory`] (optional).
    pub provider_category: Option<CreateConnectWebviewProviderCategory>,
    /// `wait_for_device_creation`: a boolean (optional).
    pub wait_for_device_creation: Option<bool>,
}

#[allow(deprecated)]
impl CreateConnectWebview {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreateConnectWebview {
            accepted_capabilities: None,
            accepted_providers: None,
            automatically_manage_new_devices: None,
            custom_metadata: None,
            custom_redirect_failure_url: None,
            custom_redirect_url: None,
            customer_key: None,
            device_selection_mode: None,
            excluded_providers: None,
            provider_category: None,
            wait_for_device_creation: None,
        }
    }
}

crate::setters::setters! {
    CreateConnectWebview {
        /// Sets `accepted_capabilities`.
        list accepted_capabilities: crate::resources::AcceptedCapability,
        /// Sets `accepted_providers`.
        list accepted_providers: CreateConnectWebviewAcceptedProvider,
        /// Sets `automatically_manage_new_devices`.
        plain automatically_manage_new_devices: bool,
        /// Sets `custom_metadata`.
        value custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
        /// Sets `custom_redirect_failure_url`.
        value custom_redirect_failure_url: String,
        /// Sets `custom_redirect_url`.
        value custom_redirect_url: String,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `device_selection_mode`.
        value device_selection_mode: crate::resources::ConnectWebviewDeviceSelectionMode,
        /// Sets `excluded_providers`.
        list excluded_providers: String,
        /// Sets `provider_category`.
        value provider_category: CreateConnectWebviewProviderCategory,
        /// Sets `wait_for_device_creation`.
        plain wait_for_device_creation: bool,
    }
}

/// `POST /connect_webviews/delete`: returns nothing but success.
///
/// See <https://docs.seam.co/api/connect_webviews/delete>.
#[crate::seam_endpoint(POST, "/connect_webviews/delete")]
#[non_exhaustive]
pub struct DeleteConnectWebview {
    /// `connect_webview_id`: an id (UUID) (required).
    pub connect_webview_id: crate::Uuid,
}

#[allow(deprecated)]
impl DeleteConnectWebview {
    /// A request with its required parameters (`connect_webview_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(connect_webview_id: crate::Uuid) -> Self {
        DeleteConnectWebview { connect_webview_id }
    }
}

/// `GET /connect_webviews/get`: returns [`ConnectWebview`](crate::resources::ConnectWebview) (under `connect_webview`).
///
/// See <https://docs.seam.co/api/connect_webviews/get>.
#[crate::seam_endpoint(GET, "/connect_webviews/get", response = crate::resources::ConnectWebview, key = "connect_webview")]
#[non_exhaustive]
pub struct GetConnectWebview {
    /// `connect_webview_id`: an id (UUID) (required).
    pub connect_webview_id: crate::Uuid,
}

#[allow(deprecated)]
impl GetConnectWebview {
    /// A request with its required parameters (`connect_webview_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(connect_webview_id: crate::Uuid) -> Self {
        GetConnectWebview { connect_webview_id }
    }
}

/// `POST /connect_webviews/list`: returns one page of [`ConnectWebview`](crate::resources::ConnectWebview) (under `connect_webviews`); walk every page with [`Client::paginate`](crate::Client::paginate).
///
/// See <https://docs.seam.co/api/connect_webviews/list>.
#[crate::seam_endpoint(POST, "/connect_webviews/list", response = ListConnectWebviewsPage, paginated)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListConnectWebviews {
    /// `custom_metadata_has`: an object of named values (optional).
    pub custom_metadata_has: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `limit`: an integer (optional).
    pub limit: Option<u32>,
    /// `page_cursor`: a string (optional, may be null).
    pub page_cursor: Option<String>,
    /// `search`: a string (optional).
    pub search: Option<String>,
    /// `user_identifier_key`: a string (optional).
    pub user_identifier_key: Option<String>,
}

#[allow(deprecated)]
impl ListConnectWebviews {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListConnectWebviews {
            custom_metadata_has: None,
            customer_key: None,
            limit: None,
            page_cursor: None,
            search: None,
            user_identifier_key: None,
        }
    }
}

crate::setters::setters! {
    ListConnectWebviews {
        /// Sets `custom_metadata_has`.
        value custom_metadata_has: ::std::collections::BTreeMap<String, crate::MetadataValue>,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `limit`.
        plain limit: u32,
        /// Sets `page_cursor`.
        value page_cursor: String,
        /// Sets `search`.
        value search: String,
        /// Sets `user_identifier_key`.
        value user_identifier_key: String,
    }
}

/// One page of `connect_webviews`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListConnectWebviewsPage {
    /// The items of this page.
    pub connect_webviews: Vec<crate::resources::ConnectWebview>,
    /// Where this page stands.
    #[serde(default)]
    pub pagination: crate::Pagination,
}

impl crate::PageResponse for ListConnectWebviewsPage {
    type Item = crate::resources::ConnectWebview;

    fn into_page(self) -> crate::Page<crate::resources::ConnectWebview> {
        crate::Page {
            items: self.connect_webviews,
            pagination: self.pagination,
        }
    }
}

seamapi_runtime::string_enum! {
    /// The values of `create_connect_webview_accepted_provider`.
    pub enum CreateConnectWebviewAcceptedProvider {
        /// `hotek`.
        Hotek => "hotek",
        /// `dormakaba_community`.
        DormakabaCommunity => "dormakaba_community",
        /// `legic_connect`.
        LegicConnect => "legic_connect",
        /// `akuvox`.
        Akuvox => "akuvox",
        /// `august`.
        August => "august",
        /// `avigilon_alta`.
        AvigilonAlta => "avigilon_alta",
        /// `brivo`.
        Brivo => "brivo",
        /// `butterflymx`.
        Butterflymx => "butterflymx",
        /// `schlage`.
        Schlage => "schlage",
        /// `smartthings`.
        Smartthings => "smartthings",
        /// `yale`.
        Yale => "yale",
        /// `genie`.
        Genie => "genie",
        /// `doorking`.
        Doorking => "doorking",
        /// `salto`.
        Salto => "salto",
        /// `salto_ks`.
        SaltoKs => "salto_ks",
        /// `salto_ks_accept`.
        SaltoKsAccept => "salto_ks_accept",
        /// `lockly`.
        Lockly => "lockly",
        /// `ttlock`.
        Ttlock => "ttlock",
        /// `linear`.
        Linear => "linear",
        /// `noiseaware`.
        Noiseaware => "noiseaware",
        /// `nuki`.
        Nuki => "nuki",
        /// `igloo`.
        Igloo => "igloo",
        /// `kwikset`.
        Kwikset => "kwikset",
        /// `minut`.
        Minut => "minut",
        /// `my_2n`.
        My2n => "my_2n",
        /// `controlbyweb`.
        Controlbyweb => "controlbyweb",
        /// `nest`.
        Nest => "nest",
        /// `igloohome`.
        Igloohome => "igloohome",
        /// `ecobee`.
        Ecobee => "ecobee",
        /// `four_suites`.
        FourSuites => "four_suites",
        /// `dormakaba_oracode`.
        DormakabaOracode => "dormakaba_oracode",
        /// `pti`.
        Pti => "pti",
        /// `wyze`.
        Wyze => "wyze",
        /// `seam_passport`.
        SeamPassport => "seam_passport",
        /// `visionline`.
        Visionline => "visionline",
        /// `assa_abloy_credential_service`.
        AssaAbloyCredentialService => "assa_abloy_credential_service",
        /// `tedee`.
        Tedee => "tedee",
        /// `honeywell_resideo`.
        HoneywellResideo => "honeywell_resideo",
        /// `first_alert`.
        FirstAlert => "first_alert",
        /// `latch`.
        Latch => "latch",
        /// `akiles`.
        Akiles => "akiles",
        /// `assa_abloy_vostio`.
        AssaAbloyVostio => "assa_abloy_vostio",
        /// `assa_abloy_vostio_credential_service`.
        AssaAbloyVostioCredentialService => "assa_abloy_vostio_credential_service",
        /// `tado`.
        Tado => "tado",
        /// `salto_space`.
        SaltoSpace => "salto_space",
        /// `sensi`.
        Sensi => "sensi",
        /// `keynest`.
        Keynest => "keynest",
        /// `korelock`.
        Korelock => "korelock",
        /// `keyincode`.
        Keyincode => "keyincode",
        /// `dormakaba_ambiance`.
        DormakabaAmbiance => "dormakaba_ambiance",
        /// `ultraloq`.
        Ultraloq => "ultraloq",
        /// `dusaw`.
        Dusaw => "dusaw",
        /// `sifely`.
        Sifely => "sifely",
        /// `thirty_three_lock`.
        ThirtyThreeLock => "thirty_three_lock",
        /// `ring`.
        Ring => "ring",
        /// `ical`.
        Ical => "ical",
        /// `lodgify`.
        Lodgify => "lodgify",
        /// `hostaway`.
        Hostaway => "hostaway",
        /// `guesty`.
        Guesty => "guesty",
        /// `acuity_scheduling`.
        AcuityScheduling => "acuity_scheduling",
        /// `omnitec`.
        Omnitec => "omnitec",
        /// `kisi`.
        Kisi => "kisi",
        /// `yale_access`.
        YaleAccess => "yale_access",
        /// `hid_cm`.
        HidCm => "hid_cm",
        /// `google_nest`.
        GoogleNest => "google_nest",
        /// `slack`.
        Slack => "slack",
    }
}

seamapi_runtime::string_enum! {
    /// The values of `create_connect_webview_provider_category`.
    pub enum CreateConnectWebviewProviderCategory {
        /// `stable`.
        Stable => "stable",
        /// `consumer_smartlocks`.
        ConsumerSmartlocks => "consumer_smartlocks",
        /// `beta`.
        Beta => "beta",
        /// `thermostats`.
        Thermostats => "thermostats",
        /// `noise_sensors`.
        NoiseSensors => "noise_sensors",
        /// `access_control_systems`.
        AccessControlSystems => "access_control_systems",
        /// `cameras`.
        Cameras => "cameras",
        /// `connectors`.
        Connectors => "connectors",
        /// `internal_beta`.
        InternalBeta => "internal_beta",
    }
}
