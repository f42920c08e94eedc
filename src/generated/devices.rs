//! The `devices` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{
    Device, DeviceCapabilityFlag, DeviceManufacturer, DeviceProvider, DeviceType, ProviderCategory,
    UnmanagedDevice,
};

/// `GET /devices/get`: returns [`Device`](crate::resources::Device) (under `device`).
///
/// See <https://docs.seam.co/api/devices/get>.
#[crate::seam_endpoint(GET, "/devices/get", response = crate::resources::Device, key = "device")]
#[derive(Default)]
#[non_exhaustive]
pub struct GetDevice {
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
    /// `name`: a string (optional).
    pub name: Option<String>,
}

#[allow(deprecated)]
impl GetDevice {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        GetDevice {
            device_id: None,
            name: None,
        }
    }
}

crate::setters::setters! {
    GetDevice {
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
        /// Sets `name`.
        value name: String,
    }
}

/// `POST /devices/list`: returns one page of [`Device`](crate::resources::Device) (under `devices`); walk every page with [`Client::paginate`](crate::Client::paginate).
///
/// See <https://docs.seam.co/api/devices/list>.
#[crate::seam_endpoint(POST, "/devices/list", response = ListDevicesPage, paginated)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListDevices {
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
    /// `device_type`: a [`DeviceType`](crate::resources::DeviceType) (optional).
    pub device_type: Option<crate::resources::DeviceType>,
    /// `device_types`: a list of [`DeviceType`](crate::resources::DeviceType) (optional).
    pub device_types: Option<Vec<crate::resources::DeviceType>>,
    /// `exclude_if`: a list of [`DeviceCapabilityFlag`](crate::resources::DeviceCapabilityFlag) (optional).
    pub exclude_if: Option<Vec<crate::resources::DeviceCapabilityFlag>>,
    /// `include_if`: a list of [`DeviceCapabilityFlag`](crate::resources::DeviceCapabilityFlag) (optional).
    pub include_if: Option<Vec<crate::resources::DeviceCapabilityFlag>>,
    /// `limit`: an integer (optional).
    pub limit: Option<u32>,
    /// `manufacturer`: a [`DeviceManufacturer`](crate::resources::DeviceManufacturer) (optional).
    pub manufacturer: Option<crate::resources::DeviceManufacturer>,
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
impl ListDevices {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListDevices {
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
    ListDevices {
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
        value device_type: crate::resources::DeviceType,
        /// Sets `device_types`.
        list device_types: crate::resources::DeviceType,
        /// Sets `exclude_if`.
        list exclude_if: crate::resources::DeviceCapabilityFlag,
        /// Sets `include_if`.
        list include_if: crate::resources::DeviceCapabilityFlag,
        /// Sets `limit`.
        plain limit: u32,
        /// Sets `manufacturer`.
        value manufacturer: crate::resources::DeviceManufacturer,
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

/// One page of `devices`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListDevicesPage {
    /// The items of this page.
    pub devices: Vec<crate::resources::Device>,
    /// Where this page stands.
    #[serde(default)]
    pub pagination: crate::Pagination,
}

impl crate::PageResponse for ListDevicesPage {
    type Item = crate::resources::Device;

    fn into_page(self) -> crate::Page<crate::resources::Device> {
        crate::Page {
            items: self.devices,
            pagination: self.pagination,
        }
    }
}

/// `GET /devices/list_device_providers`: returns a list of [`DeviceProvider`](crate::resources::DeviceProvider) (under `device_providers`).
///
/// See <https://docs.seam.co/api/devices/list_device_providers>.
#[crate::seam_endpoint(GET, "/devices/list_device_providers", response = Vec<crate::resources::DeviceProvider>, key = "device_providers")]
#[derive(Default)]
#[non_exhaustive]
pub struct ListDeviceProviders {
    /// `provider_category`: a [`ProviderCategory`](crate::resources::ProviderCategory) (optional).
    pub provider_category: Option<crate::resources::ProviderCategory>,
}

#[allow(deprecated)]
impl ListDeviceProviders {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListDeviceProviders {
            provider_category: None,
        }
    }
}

crate::setters::setters! {
    ListDeviceProviders {
        /// Sets `provider_category`.
        value provider_category: crate::resources::ProviderCategory,
    }
}

/// `POST /devices/report_provider_metadata`: returns nothing but success.
///
/// See <https://docs.seam.co/api/devices/report_provider_metadata>.
#[crate::seam_endpoint(POST, "/devices/report_provider_metadata")]
#[non_exhaustive]
pub struct ReportProviderMetadata {
    /// `devices`: a list of [`ReportProviderMetadataDevice`] (required).
    pub devices: Vec<ReportProviderMetadataDevice>,
}

#[allow(deprecated)]
impl ReportProviderMetadata {
    /// A request with its required parameters (`devices`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(devices: impl IntoIterator<Item = impl Into<ReportProviderMetadataDevice>>) -> Self {
        ReportProviderMetadata {
            devices: devices.into_iter().map(Into::into).collect(),
        }
    }
}

/// `POST /devices/update`: returns nothing but success.
///
/// See <https://docs.seam.co/api/devices/update>.
#[crate::seam_endpoint(POST, "/devices/update")]
#[non_exhaustive]
pub struct UpdateDevice {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `backup_access_code_pool_enabled`: a boolean (optional).
    pub backup_access_code_pool_enabled: Option<bool>,
    /// `custom_metadata`: an object of named values (optional).
    pub custom_metadata: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `is_managed`: a boolean (optional).
    pub is_managed: Option<bool>,
    /// `name`: a string (optional, may be null).
    pub name: Option<crate::Nullable<String>>,
    /// `properties`: a [`UpdateDeviceProperties`] (optional).
    pub properties: Option<UpdateDeviceProperties>,
}

#[allow(deprecated)]
impl UpdateDevice {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        UpdateDevice {
            device_id,
            backup_access_code_pool_enabled: None,
            custom_metadata: None,
            is_managed: None,
            name: None,
            properties: None,
        }
    }
}

crate::setters::setters! {
    UpdateDevice {
        /// Sets `backup_access_code_pool_enabled`.
        plain backup_access_code_pool_enabled: bool,
        /// Sets `custom_metadata`.
        value custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
        /// Sets `is_managed`.
        plain is_managed: bool,
        /// Sets `name`.
        nullable name: String,
        /// Sets `properties`.
        value properties: UpdateDeviceProperties,
    }
}

/// The `report_provider_metadata_device` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReportProviderMetadataDevice {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `omnitec_metadata`: a [`ReportProviderMetadataDeviceOmnitecMetadata`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omnitec_metadata: Option<ReportProviderMetadataDeviceOmnitecMetadata>,
    /// `schlage_metadata`: a [`ReportProviderMetadataDeviceSchlageMetadata`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schlage_metadata: Option<ReportProviderMetadataDeviceSchlageMetadata>,
    /// `ultraloq_metadata`: a [`ReportProviderMetadataDeviceUltraloqMetadata`] (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ultraloq_metadata: Option<ReportProviderMetadataDeviceUltraloqMetadata>,
}

#[allow(deprecated)]
impl ReportProviderMetadataDevice {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        ReportProviderMetadataDevice {
            device_id,
            omnitec_metadata: None,
            schlage_metadata: None,
            ultraloq_metadata: None,
        }
    }
}

crate::setters::setters! {
    ReportProviderMetadataDevice {
        /// Sets `omnitec_metadata`.
        value omnitec_metadata: ReportProviderMetadataDeviceOmnitecMetadata,
        /// Sets `schlage_metadata`.
        value schlage_metadata: ReportProviderMetadataDeviceSchlageMetadata,
        /// Sets `ultraloq_metadata`.
        value ultraloq_metadata: ReportProviderMetadataDeviceUltraloqMetadata,
    }
}

/// The `report_provider_metadata_device_omnitec_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReportProviderMetadataDeviceOmnitecMetadata {
    /// `time_zone`: a [`TimeZone`] (required).
    pub time_zone: TimeZone,
}

#[allow(deprecated)]
impl ReportProviderMetadataDeviceOmnitecMetadata {
    /// A request with its required parameters (`time_zone`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(time_zone: impl Into<TimeZone>) -> Self {
        ReportProviderMetadataDeviceOmnitecMetadata {
            time_zone: time_zone.into(),
        }
    }
}

/// The `report_provider_metadata_device_schlage_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReportProviderMetadataDeviceSchlageMetadata {
    /// `time_zone`: a [`TimeZone`] (required).
    pub time_zone: TimeZone,
}

#[allow(deprecated)]
impl ReportProviderMetadataDeviceSchlageMetadata {
    /// A request with its required parameters (`time_zone`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(time_zone: impl Into<TimeZone>) -> Self {
        ReportProviderMetadataDeviceSchlageMetadata {
            time_zone: time_zone.into(),
        }
    }
}

/// The `report_provider_metadata_device_ultraloq_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReportProviderMetadataDeviceUltraloqMetadata {
    /// `time_zone`: a [`TimeZone`] (required).
    pub time_zone: TimeZone,
}

#[allow(deprecated)]
impl ReportProviderMetadataDeviceUltraloqMetadata {
    /// A request with its required parameters (`time_zone`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(time_zone: impl Into<TimeZone>) -> Self {
        ReportProviderMetadataDeviceUltraloqMetadata {
            time_zone: time_zone.into(),
        }
    }
}

seamapi_runtime::string_enum! {
    /// The values of `report_provider_metadata_device_omnitec_metadata_time_zone`, `report_provider_metadata_device_schlage_metadata_time_zone`, `report_provider_metadata_device_ultraloq_metadata_time_zone`.
    pub enum TimeZone {
        /// `Africa/Abidjan`.
        AfricaAbidjan => "Africa/Abidjan",
        /// `Africa/Accra`.
        AfricaAccra => "Africa/Accra",
        /// `Africa/Addis_Ababa`.
        AfricaAddisAbaba => "Africa/Addis_Ababa",
        /// `Africa/Algiers`.
        AfricaAlgiers => "Africa/Algiers",
        /// `Africa/Asmera`.
        AfricaAsmera => "Africa/Asmera",
        /// `Africa/Bamako`.
        AfricaBamako => "Africa/Bamako",
        /// `Africa/Bangui`.
        AfricaBangui => "Africa/Bangui",
        /// `Africa/Banjul`.
        AfricaBanjul => "Africa/Banjul",
        /// `Africa/Bissau`.
        AfricaBissau => "Africa/Bissau",
        /// `Africa/Blantyre`.
        AfricaBlantyre => "Africa/Blantyre",
        /// `Africa/Brazzaville`.
        AfricaBrazzaville => "Africa/Brazzaville",
        /// `Africa/Bujumbura`.
        AfricaBujumbura => "Africa/Bujumbura",
        /// `Africa/Cairo`.
        AfricaCairo => "Africa/Cairo",
        /// `Africa/Casablanca`.
        AfricaCasablanca => "Africa/Casablanca",
        /// `Africa/Ceuta`.
        AfricaCeuta => "Africa/Ceuta",
        /// `Africa/Conakry`.
        AfricaConakry => "Africa/Conakry",
        /// `Africa/Dakar`.
        AfricaDakar => "Africa/Dakar",
        /// `Africa/Dar_es_Salaam`.
        AfricaDarEsSalaam => "Africa/Dar_es_Salaam",
        /// `Africa/Djibouti`.
        AfricaDjibouti => "Africa/Djibouti",
        /// `Africa/Douala`.
        AfricaDouala => "Africa/Douala",
        /// `Africa/El_Aaiun`.
        AfricaElAaiun => "Africa/El_Aaiun",
        /// `Africa/Freetown`.
        AfricaFreetown => "Africa/Freetown",
        /// `Africa/Gaborone`.
        AfricaGaborone => "Africa/Gaborone",
        /// `Africa/Harare`.
        AfricaHarare => "Africa/Harare",
        /// `Africa/Johannesburg`.
        AfricaJohannesburg => "Africa/Johannesburg",
        /// `Africa/Juba`.
        AfricaJuba => "Africa/Juba",
        /// `Africa/Kampala`.
        AfricaKampala => "Africa/Kampala",
        /// `Africa/Khartoum`.
        AfricaKhartoum => "Africa/Khartoum",
        /// `Africa/Kigali`.
        AfricaKigali => "Africa/Kigali",
        /// `Africa/Kinshasa`.
        AfricaKinshasa => "Africa/Kinshasa",
        /// `Africa/Lagos`.
        AfricaLagos => "Africa/Lagos",
        /// `Africa/Libreville`.
        AfricaLibreville => "Africa/Libreville",
        /// `Africa/Lome`.
        AfricaLome => "Africa/Lome",
        /// `Africa/Luanda`.
        AfricaLuanda => "Africa/Luanda",
        /// `Africa/Lubumbashi`.
        AfricaLubumbashi => "Africa/Lubumbashi",
        /// `Africa/Lusaka`.
        AfricaLusaka => "Africa/Lusaka",
        /// `Africa/Malabo`.
        AfricaMalabo => "Africa/Malabo",
        /// `Africa/Maputo`.
        AfricaMaputo => "Africa/Maputo",
        /// `Africa/Maseru`.
        AfricaMaseru => "Africa/Maseru",
        /// `Africa/Mbabane`.
        AfricaMbabane => "Africa/Mbabane",
        /// `Africa/Mogadishu`.
        AfricaMogadishu => "Africa/Mogadishu",
        /// `Africa/Monrovia`.
        AfricaMonrovia => "Africa/Monrovia",
        /// `Africa/Nairobi`.
        AfricaNairobi => "Africa/Nairobi",
        /// `Africa/Ndjamena`.
        AfricaNdjamena => "Africa/Ndjamena",
        /// `Africa/Niamey`.
        AfricaNiamey => "Africa/Niamey",
        /// `Africa/Nouakchott`.
        AfricaNouakchott => "Africa/Nouakchott",
        /// `Africa/Ouagadougou`.
        AfricaOuagadougou => "Africa/Ouagadougou",
        /// `Africa/Porto-Novo`.
        AfricaPortoNovo => "Africa/Porto-Novo",
        /// `Africa/Sao_Tome`.
        AfricaSaoTome => "Africa/Sao_Tome",
        /// `Africa/Tripoli`.
        AfricaTripoli => "Africa/Tripoli",
        /// `Africa/Tunis`.
        AfricaTunis => "Africa/Tunis",
        /// `Africa/Windhoek`.
        AfricaWindhoek => "Africa/Windhoek",
        /// `America/Adak`.
        AmericaAdak => "America/Adak",
        /// `America/Anchorage`.
        AmericaAnchorage => "America/Anchorage",
        /// `America/Anguilla`.
        AmericaAnguilla => "America/Anguilla",
        /// `America/Antigua`.
        AmericaAntigua => "America/Antigua",
        /// `America/Araguaina`.
        AmericaAraguaina => "America/Araguaina",
        /// `America/Argentina/La_Rioja`.
        AmericaArgentinaLaRioja => "America/Argentina/La_Rioja",
        /// `America/Argentina/Rio_Gallegos`.
        AmericaArgentinaRioGallegos => "America/Argentina/Rio_Gallegos",
        /// `America/Argentina/Salta`.
        AmericaArgentinaSalta => "America/Argentina/Salta",
        /// `America/Argentina/San_Juan`.
        AmericaArgentinaSanJuan => "America/Argentina/San_Juan",
        /// `America/Argentina/San_Luis`.
        AmericaArgentinaSanLuis => "America/Argentina/San_Luis",
        /// `America/Argentina/Tucuman`.
        AmericaArgentinaTucuman => "America/Argentina/Tucuman",
        /// `America/Argentina/Ushuaia`.
        AmericaArgentinaUshuaia => "America/Argentina/Ushuaia",
        /// `America/Aruba`.
        AmericaAruba => "America/Aruba",
        /// `America/Asuncion`.
        AmericaAsuncion => "America/Asuncion",
        /// `America/Bahia`.
        AmericaBahia => "America/Bahia",
        /// `America/Bahia_Banderas`.
        AmericaBahiaBanderas => "America/Bahia_Banderas",
        /// `America/Barbados`.
        AmericaBarbados => "America/Barbados",
        /// `America/Belem`.
        AmericaBelem => "America/Belem",
        /// `America/Belize`.
        AmericaBelize => "America/Belize",
        /// `America/Blanc-Sablon`.
        AmericaBlancSablon => "America/Blanc-Sablon",
        /// `America/Boa_Vista`.
        AmericaBoaVista => "America/Boa_Vista",
        /// `America/Bogota`.
        AmericaBogota => "America/Bogota",
        /// `America/Boise`.
        AmericaBoise => "America/Boise",
        /// `America/Buenos_Aires`.
        AmericaBuenosAires => "America/Buenos_Aires",
        /// `America/Cambridge_Bay`.
        AmericaCambridgeBay => "America/Cambridge_Bay",
        /// `America/Campo_Grande`.
        AmericaCampoGrande => "America/Campo_Grande",
        /// `America/Cancun`.
        AmericaCancun => "America/Cancun",
        /// `America/Caracas`.
        AmericaCaracas => "America/Caracas",
        /// `America/Catamarca`.
        AmericaCatamarca => "America/Catamarca",
        /// `America/Cayenne`.
        AmericaCayenne => "America/Cayenne",
        /// `America/Cayman`.
        AmericaCayman => "America/Cayman",
        /// `America/Chicago`.
        AmericaChicago => "America/Chicago",
        /// `America/Chihuahua`.
        AmericaChihuahua => "America/Chihuahua",
        /// `America/Ciudad_Juarez`.
        AmericaCiudadJuarez => "America/Ciudad_Juarez",
        /// `America/Coral_Harbour`.
        AmericaCoralHarbour => "America/Coral_Harbour",
        /// `America/Cordoba`.
        AmericaCordoba => "America/Cordoba",
        /// `America/Costa_Rica`.
        AmericaCostaRica => "America/Costa_Rica",
        /// `America/Creston`.
        AmericaCreston => "America/Creston",
        /// `America/Cuiaba`.
        AmericaCuiaba => "America/Cuiaba",
        /// `America/Curacao`.
        AmericaCuracao => "America/Curacao",
        /// `America/Danmarkshavn`.
        AmericaDanmarkshavn => "America/Danmarkshavn",
        /// `America/Dawson`.
        AmericaDawson => "America/Dawson",
        /// `America/Dawson_Creek`.
        AmericaDawsonCreek => "America/Dawson_Creek",
        /// `America/Denver`.
        AmericaDenver => "America/Denver",
        /// `America/Detroit`.
        AmericaDetroit => "America/Detroit",
        /// `America/Dominica`.
        AmericaDominica => "America/Dominica",
        /// `America/Edmonton`.
        AmericaEdmonton => "America/Edmonton",
        /// `America/Eirunepe`.
        AmericaEirunepe => "America/Eirunepe",
        /// `America/El_Salvador`.
        AmericaElSalvador => "America/El_Salvador",
        /// `America/Fort_Nelson`.
        AmericaFortNelson => "America/Fort_Nelson",
        /// `America/Fortaleza`.
        AmericaFortaleza => "America/Fortaleza",
        /// `America/Glace_Bay`.
        AmericaGlaceBay => "America/Glace_Bay",
        /// `America/Godthab`.
        AmericaGodthab => "America/Godthab",
        /// `America/Goose_Bay`.
        AmericaGooseBay => "America/Goose_Bay",
        /// `America/Grand_Turk`.
        AmericaGrandTurk => "America/Grand_Turk",
        /// `America/Grenada`.
        AmericaGrenada => "America/Grenada",
        /// `America/Guadeloupe`.
        AmericaGuadeloupe => "America/Guadeloupe",
        /// `America/Guatemala`.
        AmericaGuatemala => "America/Guatemala",
        /// `America/Guayaquil`.
        AmericaGuayaquil => "America/Guayaquil",
        /// `America/Guyana`.
        AmericaGuyana => "America/Guyana",
        /// `America/Halifax`.
        AmericaHalifax => "America/Halifax",
        /// `America/Havana`.
        AmericaHavana => "America/Havana",
        /// `America/Hermosillo`.
        AmericaHermosillo => "America/Hermosillo",
        /// `America/Indiana/Knox`.
        AmericaIndianaKnox => "America/Indiana/Knox",
        /// `America/Indiana/Marengo`.
        AmericaIndianaMarengo => "America/Indiana/Marengo",
        /// `America/Indiana/Petersburg`.
        AmericaIndianaPetersburg => "America/Indiana/Petersburg",
        /// `America/Indiana/Tell_City`.
        AmericaIndianaTellCity => "America/Indiana/Tell_City",
        /// `America/Indiana/Vevay`.
        AmericaIndianaVevay => "America/Indiana/Vevay",
        /// `America/Indiana/Vincennes`.
        AmericaIndianaVincennes => "America/Indiana/Vincennes",
        /// `America/Indiana/Winamac`.
        AmericaIndianaWinamac => "America/Indiana/Winamac",
        /// `America/Indianapolis`.
        AmericaIndianapolis => "America/Indianapolis",
        /// `America/Inuvik`.
        AmericaInuvik => "America/Inuvik",
        /// `America/Iqaluit`.
        AmericaIqaluit => "America/Iqaluit",
        /// `America/Jamaica`.
        AmericaJamaica => "America/Jamaica",
        /// `America/Jujuy`.
        AmericaJujuy => "America/Jujuy",
        /// `America/Juneau`.
        AmericaJuneau => "America/Juneau",
        /// `America/Kentucky/Monticello`.
        AmericaKentuckyMonticello => "America/Kentucky/Monticello",
        /// `America/Kralendijk`.
        AmericaKralendijk => "America/Kralendijk",
        /// `America/La_Paz`.
        AmericaLaPaz => "America/La_Paz",
        /// `America/Lima`.
        AmericaLima => "America/Lima",
        /// `America/Los_Angeles`.
        AmericaLosAngeles => "America/Los_Angeles",
        /// `America/Louisville`.
        AmericaLouisville => "America/Louisville",
        /// `America/Lower_Princes`.
        AmericaLowerPrinces => "America/Lower_Princes",
        /// `America/Maceio`.
        AmericaMaceio => "America/Maceio",
        /// `America/Managua`.
        AmericaManagua => "America/Managua",
        /// `America/Manaus`.
        AmericaManaus => "America/Manaus",
        /// `America/Marigot`.
        AmericaMarigot => "America/Marigot",
        /// `America/Martinique`.
        AmericaMartinique => "America/Martinique",
        /// `America/Matamoros`.
        AmericaMatamoros => "America/Matamoros",
        /// `America/Mazatlan`.
        AmericaMazatlan => "America/Mazatlan",
        /// `America/Mendoza`.
        AmericaMendoza => "America/Mendoza",
        /// `America/Menominee`.
        AmericaMenominee => "America/Menominee",
        /// `America/Merida`.
        AmericaMerida => "America/Merida",
        /// `America/Metlakatla`.
        AmericaMetlakatla => "America/Metlakatla",
        /// `America/Mexico_City`.
        AmericaMexicoCity => "America/Mexico_City",
        /// `America/Miquelon`.
        AmericaMiquelon => "America/Miquelon",
        /// `America/Moncton`.
        AmericaMoncton => "America/Moncton",
        /// `America/Monterrey`.
        AmericaMonterrey => "America/Monterrey",
        /// `America/Montevideo`.
        AmericaMontevideo => "America/Montevideo",
        /// `America/Montreal`.
        AmericaMontreal => "America/Montreal",
        /// `America/Montserrat`.
        AmericaMontserrat => "America/Montserrat",
        /// `America/Nassau`.
        AmericaNassau => "America/Nassau",
        /// `America/New_York`.
        AmericaNewYork => "America/New_York",
        /// `America/Nipigon`.
        AmericaNipigon => "America/Nipigon",
        /// `America/Nome`.
        AmericaNome => "America/Nome",
        /// `America/Noronha`.
        AmericaNoronha => "America/Noronha",
        /// `America/North_Dakota/Beulah`.
        AmericaNorthDakotaBeulah => "America/North_Dakota/Beulah",
        /// `America/North_Dakota/Center`.
        AmericaNorthDakotaCenter => "America/North_Dakota/Center",
        /// `America/North_Dakota/New_Salem`.
        AmericaNorthDakotaNewSalem => "America/North_Dakota/New_Salem",
        /// `America/Ojinaga`.
        AmericaOjinaga => "America/Ojinaga",
        /// `America/Panama`.
        AmericaPanama => "America/Panama",
        /// `America/Pangnirtung`.
        AmericaPangnirtung => "America/Pangnirtung",
        /// `America/Paramaribo`.
        AmericaParamaribo => "America/Paramaribo",
        /// `America/Phoenix`.
        AmericaPhoenix => "America/Phoenix",
        /// `America/Port-au-Prince`.
        AmericaPortAuPrince => "America/Port-au-Prince",
        /// `America/Port_of_Spain`.
        AmericaPortOfSpain => "America/Port_of_Spain",
        /// `America/Porto_Velho`.
        AmericaPortoVelho => "America/Porto_Velho",
        /// `America/Puerto_Rico`.
        AmericaPuertoRico => "America/Puerto_Rico",
        /// `America/Punta_Arenas`.
        AmericaPuntaArenas => "America/Punta_Arenas",
        /// `America/Rainy_River`.
        AmericaRainyRiver => "America/Rainy_River",
        /// `America/Rankin_Inlet`.
        AmericaRankinInlet => "America/Rankin_Inlet",
        /// `America/Recife`.
        AmericaRecife => "America/Recife",
        /// `America/Regina`.
        AmericaRegina => "America/Regina",
        /// `America/Resolute`.
        AmericaResolute => "America/Resolute",
        /// `America/Rio_Branco`.
        AmericaRioBranco => "America/Rio_Branco",
        /// `America/Santa_Isabel`.
        AmericaSantaIsabel => "America/Santa_Isabel",
        /// `America/Santarem`.
        AmericaSantarem => "America/Santarem",
        /// `America/Santiago`.
        AmericaSantiago => "America/Santiago",
        /// `America/Santo_Domingo`.
        AmericaSantoDomingo => "America/Santo_Domingo",
        /// `America/Sao_Paulo`.
        AmericaSaoPaulo => "America/Sao_Paulo",
        /// `America/Scoresbysund`.
        AmericaScoresbysund => "America/Scoresbysund",
        /// `America/Sitka`.
        AmericaSitka => "America/Sitka",
        /// `America/St_Barthelemy`.
        AmericaStBarthelemy => "America/St_Barthelemy",
        /// `America/St_Johns`.
        AmericaStJohns => "America/St_Johns",
        /// `America/St_Kitts`.
        AmericaStKitts => "America/St_Kitts",
        /// `America/St_Lucia`.
        AmericaStLucia => "America/St_Lucia",
        /// `America/St_Thomas`.
        AmericaStThomas => "America/St_Thomas",
        /// `America/St_Vincent`.
        AmericaStVincent => "America/St_Vincent",
        /// `America/Swift_Current`.
        AmericaSwiftCurrent => "America/Swift_Current",
        /// `America/Tegucigalpa`.
        AmericaTegucigalpa => "America/Tegucigalpa",
        /// `America/Thule`.
        AmericaThule => "America/Thule",
        /// `America/Thunder_Bay`.
        AmericaThunderBay => "America/Thunder_Bay",
        /// `America/Tijuana`.
        AmericaTijuana => "America/Tijuana",
        /// `America/Toronto`.
        AmericaToronto => "America/Toronto",
        /// `America/Tortola`.
        AmericaTortola => "America/Tortola",
        /// `America/Vancouver`.
        AmericaVancouver => "America/Vancouver",
        /// `America/Whitehorse`.
        AmericaWhitehorse => "America/Whitehorse",
        /// `America/Winnipeg`.
        AmericaWinnipeg => "America/Winnipeg",
        /// `America/Yakutat`.
        AmericaYakutat => "America/Yakutat",
        /// `America/Yellowknife`.
        AmericaYellowknife => "America/Yellowknife",
        /// `Antarctica/Casey`.
        AntarcticaCasey => "Antarctica/Casey",
        /// `Antarctica/Davis`.
        AntarcticaDavis => "Antarctica/Davis",
        /// `Antarctica/DumontDUrville`.
        AntarcticaDumontdurville => "Antarctica/DumontDUrville",
        /// `Antarctica/Macquarie`.
        AntarcticaMacquarie => "Antarctica/Macquarie",
        /// `Antarctica/Mawson`.
        AntarcticaMawson => "Antarctica/Mawson",
        /// `Antarctica/McMurdo`.
        AntarcticaMcmurdo => "Antarctica/McMurdo",
        /// `Antarctica/Palmer`.
        AntarcticaPalmer => "Antarctica/Palmer",
        /// `Antarctica/Rothera`.
        AntarcticaRothera => "Antarctica/Rothera",
        /// `Antarctica/Syowa`.
        AntarcticaSyowa => "Antarctica/Syowa",
        /// `Antarctica/Troll`.
        AntarcticaTroll => "Antarctica/Troll",
        /// `Antarctica/Vostok`.
        AntarcticaVostok => "Antarctica/Vostok",
        /// `Arctic/Longyearbyen`.
        ArcticLongyearbyen => "Arctic/Longyearbyen",
        /// `Asia/Aden`.
        AsiaAden => "Asia/Aden",
        /// `Asia/Almaty`.
        AsiaAlmaty => "Asia/Almaty",
        /// `Asia/Amman`.
        AsiaAmman => "Asia/Amman",
        /// `Asia/Anadyr`.
        AsiaAnadyr => "Asia/Anadyr",
        /// `Asia/Aqtau`.
        AsiaAqtau => "Asia/Aqtau",
        /// `Asia/Aqtobe`.
        AsiaAqtobe => "Asia/Aqtobe",
        /// `Asia/Ashgabat`.
        AsiaAshgabat => "Asia/Ashgabat",
        /// `Asia/Atyrau`.
        AsiaAtyrau => "Asia/Atyrau",
        /// `Asia/Baghdad`.
        AsiaBaghdad => "Asia/Baghdad",
        /// `Asia/Bahrain`.
        AsiaBahrain => "Asia/Bahrain",
        /// `Asia/Baku`.
        AsiaBaku => "Asia/Baku",
        /// `Asia/Bangkok`.
        AsiaBangkok => "Asia/Bangkok",
        /// `Asia/Barnaul`.
        AsiaBarnaul => "Asia/Barnaul",
        /// `Asia/Beirut`.
        AsiaBeirut => "Asia/Beirut",
        /// `Asia/Bishkek`.
        AsiaBishkek => "Asia/Bishkek",
        /// `Asia/Brunei`.
        AsiaBrunei => "Asia/Brunei",
        /// `Asia/Calcutta`.
        AsiaCalcutta => "Asia/Calcutta",
        /// `Asia/Chita`.
        AsiaChita => "Asia/Chita",
        /// `Asia/Choibalsan`.
        AsiaChoibalsan => "Asia/Choibalsan",
        /// `Asia/Colombo`.
        AsiaColombo => "Asia/Colombo",
        /// `Asia/Damascus`.
        AsiaDamascus => "Asia/Damascus",
        /// `Asia/Dhaka`.
        AsiaDhaka => "Asia/Dhaka",
        /// `Asia/Dili`.
        AsiaDili => "Asia/Dili",
        /// `Asia/Dubai`.
        AsiaDubai => "Asia/Dubai",
        /// `Asia/Dushanbe`.
        AsiaDushanbe => "Asia/Dushanbe",
        /// `Asia/Famagusta`.
        AsiaFamagusta => "Asia/Famagusta",
        /// `Asia/Gaza`.
        AsiaGaza => "Asia/Gaza",
        /// `Asia/Hebron`.
        AsiaHebron => "Asia/Hebron",
        /// `Asia/Hong_Kong`.
        AsiaHongKong => "Asia/Hong_Kong",
        /// `Asia/Hovd`.
        AsiaHovd => "Asia/Hovd",
        /// `Asia/Irkutsk`.
        AsiaIrkutsk => "Asia/Irkutsk",
        /// `Asia/Jakarta`.
        AsiaJakarta => "Asia/Jakarta",
        /// `Asia/Jayapura`.
        AsiaJayapura => "Asia/Jayapura",
        /// `Asia/Jerusalem`.
        AsiaJerusalem => "Asia/Jerusalem",
        /// `Asia/Kabul`.
        AsiaKabul => "Asia/Kabul",
        /// `Asia/Kamchatka`.
        AsiaKamchatka => "Asia/Kamchatka",
        /// `Asia/Karachi`.
        AsiaKarachi => "Asia/Karachi",
        /// `Asia/Katmandu`.
        AsiaKatmandu => "Asia/Katmandu",
        /// `Asia/Khandyga`.
        AsiaKhandyga => "Asia/Khandyga",
        /// `Asia/Krasnoyarsk`.
        AsiaKrasnoyarsk => "Asia/Krasnoyarsk",
        /// `Asia/Kuala_Lumpur`.
        AsiaKualaLumpur => "Asia/Kuala_Lumpur",
        /// `Asia/Kuching`.
        AsiaKuching => "Asia/Kuching",
        /// `Asia/Kuwait`.
        AsiaKuwait => "Asia/Kuwait",
        /// `Asia/Macau`.
        AsiaMacau => "Asia/Macau",
        /// `Asia/Magadan`.
        AsiaMagadan => "Asia/Magadan",
        /// `Asia/Makassar`.
        AsiaMakassar => "Asia/Makassar",
        /// `Asia/Manila`.
        AsiaManila => "Asia/Manila",
        /// `Asia/Muscat`.
        AsiaMuscat => "Asia/Muscat",
        /// `Asia/Nicosia`.
        AsiaNicosia => "Asia/Nicosia",
        /// `Asia/Novokuznetsk`.
        AsiaNovokuznetsk => "Asia/Novokuznetsk",
        /// `Asia/Novosibirsk`.
        AsiaNovosibirsk => "Asia/Novosibirsk",
        /// `Asia/Omsk`.
        AsiaOmsk => "Asia/Omsk",
        /// `Asia/Oral`.
        AsiaOral => "Asia/Oral",
        /// `Asia/Phnom_Penh`.
        AsiaPhnomPenh => "Asia/Phnom_Penh",
        /// `Asia/Pontianak`.
        AsiaPontianak => "Asia/Pontianak",
        /// `Asia/Pyongyang`.
        AsiaPyongyang => "Asia/Pyongyang",
        /// `Asia/Qatar`.
        AsiaQatar => "Asia/Qatar",
        /// `Asia/Qostanay`.
        AsiaQostanay => "Asia/Qostanay",
        /// `Asia/Qyzylorda`.
        AsiaQyzylorda => "Asia/Qyzylorda",
        /// `Asia/Rangoon`.
        AsiaRangoon => "Asia/Rangoon",
        /// `Asia/Riyadh`.
        AsiaRiyadh => "Asia/Riyadh",
        /// `Asia/Saigon`.
        AsiaSaigon => "Asia/Saigon",
        /// `Asia/Sakhalin`.
        AsiaSakhalin => "Asia/Sakhalin",
        /// `Asia/Samarkand`.
        AsiaSamarkand => "Asia/Samarkand",
        /// `Asia/Seoul`.
        AsiaSeoul => "Asia/Seoul",
        /// `Asia/Shanghai`.
        AsiaShanghai => "Asia/Shanghai",
        /// `Asia/Singapore`.
        AsiaSingapore => "Asia/Singapore",
        /// `Asia/Srednekolymsk`.
        AsiaSrednekolymsk => "Asia/Srednekolymsk",
        /// `Asia/Taipei`.
        AsiaTaipei => "Asia/Taipei",
        /// `Asia/Tashkent`.
        AsiaTashkent => "Asia/Tashkent",
        /// `Asia/Tbilisi`.
        AsiaTbilisi => "Asia/Tbilisi",
        /// `Asia/Tehran`.
        AsiaTehran => "Asia/Tehran",
        /// `Asia/Thimphu`.
        AsiaThimphu => "Asia/Thimphu",
        /// `Asia/Tokyo`.
        AsiaTokyo => "Asia/Tokyo",
        /// `Asia/Tomsk`.
        AsiaTomsk => "Asia/Tomsk",
        /// `Asia/Ulaanbaatar`.
        AsiaUlaanbaatar => "Asia/Ulaanbaatar",
        /// `Asia/Urumqi`.
        AsiaUrumqi => "Asia/Urumqi",
        /// `Asia/Ust-Nera`.
        AsiaUstNera => "Asia/Ust-Nera",
        /// `Asia/Vientiane`.
        AsiaVientiane => "Asia/Vientiane",
        /// `Asia/Vladivostok`.
        AsiaVladivostok => "Asia/Vladivostok",
        /// `Asia/Yakutsk`.
        AsiaYakutsk => "Asia/Yakutsk",
        /// `Asia/Yekaterinburg`.
        AsiaYekaterinburg => "Asia/Yekaterinburg",
        /// `Asia/Yerevan`.
        AsiaYerevan => "Asia/Yerevan",
        /// `Atlantic/Azores`.
        AtlanticAzores => "Atlantic/Azores",
        /// `Atlantic/Bermuda`.
        AtlanticBermuda => "Atlantic/Bermuda",
        /// `Atlantic/Canary`.
        AtlanticCanary => "Atlantic/Canary",
        /// `Atlantic/Cape_Verde`.
        AtlanticCapeVerde => "Atlantic/Cape_Verde",
        /// `Atlantic/Faeroe`.
        AtlanticFaeroe => "Atlantic/Faeroe",
        /// `Atlantic/Madeira`.
        AtlanticMadeira => "Atlantic/Madeira",
        /// `Atlantic/Reykjavik`.
        AtlanticReykjavik => "Atlantic/Reykjavik",
        /// `Atlantic/South_Georgia`.
        AtlanticSouthGeorgia => "Atlantic/South_Georgia",
        /// `Atlantic/St_Helena`.
        AtlanticStHelena => "Atlantic/St_Helena",
        /// `Atlantic/Stanley`.
        AtlanticStanley => "Atlantic/Stanley",
        /// `Australia/Adelaide`.
        AustraliaAdelaide => "Australia/Adelaide",
        /// `Australia/Brisbane`.
        AustraliaBrisbane => "Australia/Brisbane",
        /// `Australia/Broken_Hill`.
        AustraliaBrokenHill => "Australia/Broken_Hill",
        /// `Australia/Currie`.
        AustraliaCurrie => "Australia/Currie",
        /// `Australia/Darwin`.
        AustraliaDarwin => "Australia/Darwin",
        /// `Australia/Eucla`.
        AustraliaEucla => "Australia/Eucla",
        /// `Australia/Hobart`.
        AustraliaHobart => "Australia/Hobart",
        /// `Australia/Lindeman`.
        AustraliaLindeman => "Australia/Lindeman",
        /// `Australia/Lord_Howe`.
        AustraliaLordHowe => "Australia/Lord_Howe",
        /// `Australia/Melbourne`.
        AustraliaMelbourne => "Australia/Melbourne",
        /// `Australia/Perth`.
        AustraliaPerth => "Australia/Perth",
        /// `Australia/Sydney`.
        AustraliaSydney => "Australia/Sydney",
        /// `Europe/Amsterdam`.
        EuropeAmsterdam => "Europe/Amsterdam",
        /// `Europe/Andorra`.
        EuropeAndorra => "Europe/Andorra",
        /// `Europe/Astrakhan`.
        EuropeAstrakhan => "Europe/Astrakhan",
        /// `Europe/Athens`.
        EuropeAthens => "Europe/Athens",
        /// `Europe/Belgrade`.
        EuropeBelgrade => "Europe/Belgrade",
        /// `Europe/Berlin`.
        EuropeBerlin => "Europe/Berlin",
        /// `Europe/Bratislava`.
        EuropeBratislava => "Europe/Bratislava",
        /// `Europe/Brussels`.
        EuropeBrussels => "Europe/Brussels",
        /// `Europe/Bucharest`.
        EuropeBucharest => "Europe/Bucharest",
        /// `Europe/Budapest`.
        EuropeBudapest => "Europe/Budapest",
        /// `Europe/Busingen`.
        EuropeBusingen => "Europe/Busingen",
        /// `Europe/Chisinau`.
        EuropeChisinau => "Europe/Chisinau",
        /// `Europe/Copenhagen`.
        EuropeCopenhagen => "Europe/Copenhagen",
        /// `Europe/Dublin`.
        EuropeDublin => "Europe/Dublin",
        /// `Europe/Gibraltar`.
        EuropeGibraltar => "Europe/Gibraltar",
        /// `Europe/Guernsey`.
        EuropeGuernsey => "Europe/Guernsey",
        /// `Europe/Helsinki`.
        EuropeHelsinki => "Europe/Helsinki",
        /// `Europe/Isle_of_Man`.
        EuropeIsleOfMan => "Europe/Isle_of_Man",
        /// `Europe/Istanbul`.
        EuropeIstanbul => "Europe/Istanbul",
        /// `Europe/Jersey`.
        EuropeJersey => "Europe/Jersey",
        /// `Europe/Kaliningrad`.
        EuropeKaliningrad => "Europe/Kaliningrad",
        /// `Europe/Kiev`.
        EuropeKiev => "Europe/Kiev",
        /// `Europe/Kirov`.
        EuropeKirov => "Europe/Kirov",
        /// `Europe/Lisbon`.
        EuropeLisbon => "Europe/Lisbon",
        /// `Europe/Ljubljana`.
        EuropeLjubljana => "Europe/Ljubljana",
        /// `Europe/London`.
        EuropeLondon => "Europe/London",
        /// `Europe/Luxembourg`.
        EuropeLuxembourg => "Europe/Luxembourg",
        /// `Europe/Madrid`.
        EuropeMadrid => "Europe/Madrid",
        /// `Europe/Malta`.
        EuropeMalta => "Europe/Malta",
        /// `Europe/Mariehamn`.
        EuropeMariehamn => "Europe/Mariehamn",
        /// `Europe/Minsk`.
        EuropeMinsk => "Europe/Minsk",
        /// `Europe/Monaco`.
        EuropeMonaco => "Europe/Monaco",
        /// `Europe/Moscow`.
        EuropeMoscow => "Europe/Moscow",
        /// `Europe/Oslo`.
        EuropeOslo => "Europe/Oslo",
        /// `Europe/Paris`.
        EuropeParis => "Europe/Paris",
        /// `Europe/Podgorica`.
        EuropePodgorica => "Europe/Podgorica",
        /// `Europe/Prague`.
        EuropePrague => "Europe/Prague",
        /// `Europe/Riga`.
        EuropeRiga => "Europe/Riga",
        /// `Europe/Rome`.
        EuropeRome => "Europe/Rome",
        /// `Europe/Samara`.
        EuropeSamara => "Europe/Samara",
        /// `Europe/San_Marino`.
        EuropeSanMarino => "Europe/San_Marino",
        /// `Europe/Sarajevo`.
        EuropeSarajevo => "Europe/Sarajevo",
        /// `Europe/Saratov`.
        EuropeSaratov => "Europe/Saratov",
        /// `Europe/Simferopol`.
        EuropeSimferopol => "Europe/Simferopol",
        /// `Europe/Skopje`.
        EuropeSkopje => "Europe/Skopje",
        /// `Europe/Sofia`.
        EuropeSofia => "Europe/Sofia",
        /// `Europe/Stockholm`.
        EuropeStockholm => "Europe/Stockholm",
        /// `Europe/Tallinn`.
        EuropeTallinn => "Europe/Tallinn",
        /// `Europe/Tirane`.
        EuropeTirane => "Europe/Tirane",
        /// `Europe/Ulyanovsk`.
        EuropeUlyanovsk => "Europe/Ulyanovsk",
        /// `Europe/Uzhgorod`.
        EuropeUzhgorod => "Europe/Uzhgorod",
        /// `Europe/Vaduz`.
        EuropeVaduz => "Europe/Vaduz",
        /// `Europe/Vatican`.
        EuropeVatican => "Europe/Vatican",
        /// `Europe/Vienna`.
        EuropeVienna => "Europe/Vienna",
        /// `Europe/Vilnius`.
        EuropeVilnius => "Europe/Vilnius",
        /// `Europe/Volgograd`.
        EuropeVolgograd => "Europe/Volgograd",
        /// `Europe/Warsaw`.
        EuropeWarsaw => "Europe/Warsaw",
        /// `Europe/Zagreb`.
        EuropeZagreb => "Europe/Zagreb",
        /// `Europe/Zaporozhye`.
        EuropeZaporozhye => "Europe/Zaporozhye",
        /// `Europe/Zurich`.
        EuropeZurich => "Europe/Zurich",
        /// `Indian/Antananarivo`.
        IndianAntananarivo => "Indian/Antananarivo",
        /// `Indian/Chagos`.
        IndianChagos => "Indian/Chagos",
        /// `Indian/Christmas`.
        IndianChristmas => "Indian/Christmas",
        /// `Indian/Cocos`.
        IndianCocos => "Indian/Cocos",
        /// `Indian/Comoro`.
        IndianComoro => "Indian/Comoro",
        /// `Indian/Kerguelen`.
        IndianKerguelen => "Indian/Kerguelen",
        /// `Indian/Mahe`.
        IndianMahe => "Indian/Mahe",
        /// `Indian/Maldives`.
        IndianMaldives => "Indian/Maldives",
        /// `Indian/Mauritius`.
        IndianMauritius => "Indian/Mauritius",
        /// `Indian/Mayotte`.
        IndianMayotte => "Indian/Mayotte",
        /// `Indian/Reunion`.
        IndianReunion => "Indian/Reunion",
        /// `Pacific/Apia`.
        PacificApia => "Pacific/Apia",
        /// `Pacific/Auckland`.
        PacificAuckland => "Pacific/Auckland",
        /// `Pacific/Bougainville`.
        PacificBougainville => "Pacific/Bougainville",
        /// `Pacific/Chatham`.
        PacificChatham => "Pacific/Chatham",
        /// `Pacific/Easter`.
        PacificEaster => "Pacific/Easter",
        /// `Pacific/Efate`.
        PacificEfate => "Pacific/Efate",
        /// `Pacific/Enderbury`.
        PacificEnderbury => "Pacific/Enderbury",
        /// `Pacific/Fakaofo`.
        PacificFakaofo => "Pacific/Fakaofo",
        /// `Pacific/Fiji`.
        PacificFiji => "Pacific/Fiji",
        /// `Pacific/Funafuti`.
        PacificFunafuti => "Pacific/Funafuti",
        /// `Pacific/Galapagos`.
        PacificGalapagos => "Pacific/Galapagos",
        /// `Pacific/Gambier`.
        PacificGambier => "Pacific/Gambier",
        /// `Pacific/Guadalcanal`.
        PacificGuadalcanal => "Pacific/Guadalcanal",
        /// `Pacific/Guam`.
        PacificGuam => "Pacific/Guam",
        /// `Pacific/Honolulu`.
        PacificHonolulu => "Pacific/Honolulu",
        /// `Pacific/Johnston`.
        PacificJohnston => "Pacific/Johnston",
        /// `Pacific/Kiritimati`.
        PacificKiritimati => "Pacific/Kiritimati",
        /// `Pacific/Kosrae`.
        PacificKosrae => "Pacific/Kosrae",
        /// `Pacific/Kwajalein`.
        PacificKwajalein => "Pacific/Kwajalein",
        /// `Pacific/Majuro`.
        PacificMajuro => "Pacific/Majuro",
        /// `Pacific/Marquesas`.
        PacificMarquesas => "Pacific/Marquesas",
        /// `Pacific/Midway`.
        PacificMidway => "Pacific/Midway",
        /// `Pacific/Nauru`.
        PacificNauru => "Pacific/Nauru",
        /// `Pacific/Niue`.
        PacificNiue => "Pacific/Niue",
        /// `Pacific/Norfolk`.
        PacificNorfolk => "Pacific/Norfolk",
        /// `Pacific/Noumea`.
        PacificNoumea => "Pacific/Noumea",
        /// `Pacific/Pago_Pago`.
        PacificPagoPago => "Pacific/Pago_Pago",
        /// `Pacific/Palau`.
        PacificPalau => "Pacific/Palau",
        /// `Pacific/Pitcairn`.
        PacificPitcairn => "Pacific/Pitcairn",
        /// `Pacific/Ponape`.
        PacificPonape => "Pacific/Ponape",
        /// `Pacific/Port_Moresby`.
        PacificPortMoresby => "Pacific/Port_Moresby",
        /// `Pacific/Rarotonga`.
        PacificRarotonga => "Pacific/Rarotonga",
        /// `Pacific/Saipan`.
        PacificSaipan => "Pacific/Saipan",
        /// `Pacific/Tahiti`.
        PacificTahiti => "Pacific/Tahiti",
        /// `Pacific/Tarawa`.
        PacificTarawa => "Pacific/Tarawa",
        /// `Pacific/Tongatapu`.
        PacificTongatapu => "Pacific/Tongatapu",
        /// `Pacific/Truk`.
        PacificTruk => "Pacific/Truk",
        /// `Pacific/Wake`.
        PacificWake => "Pacific/Wake",
        /// `Pacific/Wallis`.
        PacificWallis => "Pacific/Wallis",
    }
}

/// The `update_device_properties` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct UpdateDeviceProperties {
    /// `name`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl UpdateDeviceProperties {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        UpdateDeviceProperties { name: None }
    }
}

crate::setters::setters! {
    UpdateDeviceProperties {
        /// Sets `name`.
        nullable name: String,
    }
}

/// The `devices/simulate` endpoints.
pub mod simulate {
    /// `POST /devices/simulate/connect`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/devices/simulate/connect>.
    #[crate::seam_endpoint(POST, "/devices/simulate/connect")]
    #[non_exhaustive]
    pub struct Connect {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl Connect {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            Connect { device_id }
        }
    }

    /// `POST /devices/simulate/connect_to_hub`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/devices/simulate/connect_to_hub>.
    #[crate::seam_endpoint(POST, "/devices/simulate/connect_to_hub")]
    #[non_exhaustive]
    pub struct ConnectToHub {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl ConnectToHub {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            ConnectToHub { device_id }
        }
    }

    /// `POST /devices/simulate/disconnect`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/devices/simulate/disconnect>.
    #[crate::seam_endpoint(POST, "/devices/simulate/disconnect")]
    #[non_exhaustive]
    pub struct Disconnect {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl Disconnect {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            Disconnect { device_id }
        }
    }

    /// `POST /devices/simulate/disconnect_from_hub`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/devices/simulate/disconnect_from_hub>.
    #[crate::seam_endpoint(POST, "/devices/simulate/disconnect_from_hub")]
    #[non_exhaustive]
    pub struct DisconnectFromHub {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl DisconnectFromHub {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            DisconnectFromHub { device_id }
        }
    }

    /// `POST /devices/simulate/paid_subscription`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/devices/simulate/paid_subscription>.
    #[crate::seam_endpoint(POST, "/devices/simulate/paid_subscription")]
    #[non_exhaustive]
    pub struct PaidSubscription {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `is_expired`: a boolean (required).
        pub is_expired: bool,
    }

    #[allow(deprecated)]
    impl PaidSubscription {
        /// A request with its required parameters (`device_id`, `is_expired`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid, is_expired: bool) -> Self {
            PaidSubscription {
                device_id,
                is_expired,
            }
        }
    }

    /// `POST /devices/simulate/remove`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/devices/simulate/remove>.
    #[crate::seam_endpoint(POST, "/devices/simulate/remove")]
    #[non_exhaustive]
    pub struct Remove {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl Remove {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            Remove { device_id }
        }
    }
}

/// The `devices/unmanaged` endpoints.
pub mod unmanaged {
    /// `GET /devices/unmanaged/get`: returns [`UnmanagedDevice`](crate::resources::UnmanagedDevice) (under `device`).
    ///
    /// See <https://docs.seam.co/api/devices/unmanaged/get>.
    #[crate::seam_endpoint(GET, "/devices/unmanaged/get", response = crate::resources::UnmanagedDevice, key = "device")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct GetUnmanagedDevice {
        /// `device_id`: an id (UUID) (optional).
        pub device_id: Option<crate::Uuid>,
        /// `name`: a string (optional).
        pub name: Option<String>,
    }

    #[allow(deprecated)]
    impl GetUnmanagedDevice {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            GetUnmanagedDevice {
                device_id: None,
                name: None,
            }
        }
    }

    crate::setters::setters! {
        GetUnmanagedDevice {
            /// Sets `device_id`.
            plain device_id: crate::Uuid,
            /// Sets `name`.
            value name: String,
        }
    }

    /// `POST /devices/unmanaged/list`: returns one page of [`UnmanagedDevice`](crate::resources::UnmanagedDevice) (under `devices`); walk every page with [`Client::paginate`](crate::Client::paginate).
    ///
    /// See <https://docs.seam.co/api/devices/unmanaged/list>.
    #[crate::seam_endpoint(POST, "/devices/unmanaged/list", response = ListUnmanagedDevicesPage, paginated)]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ListUnmanagedDevices {
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
        /// `device_type`: a [`DeviceType`](crate::resources::DeviceType) (optional).
        pub device_type: Option<crate::resources::DeviceType>,
        /// `device_types`: a list of [`DeviceType`](crate::resources::DeviceType) (optional).
        pub device_types: Option<Vec<crate::resources::DeviceType>>,
        /// `exclude_if`: a list of [`DeviceCapabilityFlag`](crate::resources::DeviceCapabilityFlag) (optional).
        pub exclude_if: Option<Vec<crate::resources::DeviceCapabilityFlag>>,
        /// `include_if`: a list of [`DeviceCapabilityFlag`](crate::resources::DeviceCapabilityFlag) (optional).
        pub include_if: Option<Vec<crate::resources::DeviceCapabilityFlag>>,
        /// `limit`: an integer (optional).
        pub limit: Option<u32>,
        /// `manufacturer`: a [`DeviceManufacturer`](crate::resources::DeviceManufacturer) (optional).
        pub manufacturer: Option<crate::resources::DeviceManufacturer>,
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
    impl ListUnmanagedDevices {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ListUnmanagedDevices {
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
        ListUnmanagedDevices {
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
            value device_type: crate::resources::DeviceType,
            /// Sets `device_types`.
            list device_types: crate::resources::DeviceType,
            /// Sets `exclude_if`.
            list exclude_if: crate::resources::DeviceCapabilityFlag,
            /// Sets `include_if`.
            list include_if: crate::resources::DeviceCapabilityFlag,
            /// Sets `limit`.
            plain limit: u32,
            /// Sets `manufacturer`.
            value manufacturer: crate::resources::DeviceManufacturer,
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

    /// One page of `devices`.
    #[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ListUnmanagedDevicesPage {
        /// The items of this page.
        pub devices: Vec<crate::resources::UnmanagedDevice>,
        /// Where this page stands.
        #[serde(default)]
        pub pagination: crate::Pagination,
    }

    impl crate::PageResponse for ListUnmanagedDevicesPage {
        type Item = crate::resources::UnmanagedDevice;

        fn into_page(self) -> crate::Page<crate::resources::UnmanagedDevice> {
            crate::Page {
                items: self.devices,
                pagination: self.pagination,
            }
        }
    }

    /// `POST /devices/unmanaged/update`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/devices/unmanaged/update>.
    #[crate::seam_endpoint(POST, "/devices/unmanaged/update")]
    #[non_exhaustive]
    pub struct UpdateUnmanagedDevice {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `custom_metadata`: an object of named values (optional).
        pub custom_metadata: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
        /// `is_managed`: a boolean (optional).
        pub is_managed: Option<bool>,
    }

    #[allow(deprecated)]
    impl UpdateUnmanagedDevice {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            UpdateUnmanagedDevice {
                device_id,
                custom_metadata: None,
                is_managed: None,
            }
        }
    }

    crate::setters::setters! {
        UpdateUnmanagedDevice {
            /// Sets `custom_metadata`.
            value custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
            /// Sets `is_managed`.
            plain is_managed: bool,
        }
    }
}
