//! The `workspaces` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{LogoShape, Workspace};

/// `POST /workspaces/create`: returns [`Workspace`](crate::resources::Workspace) (under `workspace`).
///
/// See <https://docs.seam.co/api/workspaces/create>.
#[crate::seam_endpoint(POST, "/workspaces/create", response = crate::resources::Workspace, key = "workspace")]
#[non_exhaustive]
pub struct CreateWorkspace {
    /// `name`: a string (required).
    pub name: String,
    /// `company_name`: a string (optional).
    pub company_name: Option<String>,
    /// `connect_partner_name`: a string (optional, may be null).
    #[deprecated(note = "Seam: Use `company_name` instead.")]
    pub connect_partner_name: Option<crate::Nullable<String>>,
    /// `connect_webview_customization`: a [`CreateWorkspaceConnectWebviewCustomization`] (optional).
    pub connect_webview_customization: Option<CreateWorkspaceConnectWebviewCustomization>,
    /// `is_sandbox`: a boolean (optional).
    pub is_sandbox: Option<bool>,
    /// `organization_id`: an id (UUID) (optional).
    pub organization_id: Option<crate::Uuid>,
    /// `webview_logo_shape`: a [`LogoShape`](crate::resources::LogoShape) (optional).
    #[deprecated(note = "Seam: Use `connect_webview_customization.webview_logo_shape` instead.")]
    pub webview_logo_shape: Option<crate::resources::LogoShape>,
    /// `webview_primary_button_color`: a string (optional).
    #[deprecated(
        note = "Seam: Use `connect_webview_customization.webview_primary_button_color` instead."
    )]
    pub webview_primary_button_color: Option<String>,
    /// `webview_primary_button_text_color`: a string (optional).
    #[deprecated(
        note = "Seam: Use `connect_webview_customization.webview_primary_button_text_color` instead."
    )]
    pub webview_primary_button_text_color: Option<String>,
    /// `webview_success_message`: a string (optional).
    #[deprecated(
        note = "Seam: Use `connect_webview_customization.webview_success_message` instead."
    )]
    pub webview_success_message: Option<String>,
}

#[allow(deprecated)]
impl CreateWorkspace {
    /// A request with its required parameters (`name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>) -> Self {
        CreateWorkspace {
            name: name.into(),
            company_name: None,
            connect_partner_name: None,
            connect_webview_customization: None,
            is_sandbox: None,
            organization_id: None,
            webview_logo_shape: None,
            webview_primary_button_color: None,
            webview_primary_button_text_color: None,
            webview_success_message: None,
        }
    }
}

crate::setters::setters! {
    CreateWorkspace {
        /// Sets `company_name`.
        value company_name: String,
        /// Sets `connect_partner_name`.
        #[deprecated(note = "Seam: Use `company_name` instead.")]
        nullable connect_partner_name: String,
        /// Sets `connect_webview_customization`.
        value connect_webview_customization: CreateWorkspaceConnectWebviewCustomization,
        /// Sets `is_sandbox`.
        plain is_sandbox: bool,
        /// Sets `organization_id`.
        plain organization_id: crate::Uuid,
        /// Sets `webview_logo_shape`.
        #[deprecated(note = "Seam: Use `connect_webview_customization.webview_logo_shape` instead.")]
        value webview_logo_shape: crate::resources::LogoShape,
        /// Sets `webview_primary_button_color`.
        #[deprecated(note = "Seam: Use `connect_webview_customization.webview_primary_button_color` instead.")]
        value webview_primary_button_color: String,
        /// Sets `webview_primary_button_text_color`.
        #[deprecated(note = "Seam: Use `connect_webview_customization.webview_primary_button_text_color` instead.")]
        value webview_primary_button_text_color: String,
        /// Sets `webview_success_message`.
        #[deprecated(note = "Seam: Use `connect_webview_customization.webview_success_message` instead.")]
        value webview_success_message: String,
    }
}

/// `POST /workspaces/get`: returns [`Workspace`](crate::resources::Workspace) (under `workspace`).
///
/// See <https://docs.seam.co/api/workspaces/get>.
#[crate::seam_endpoint(POST, "/workspaces/get", response = crate::resources::Workspace, key = "workspace")]
#[derive(Default)]
pub struct GetWorkspace;

#[allow(deprecated)]
impl GetWorkspace {
    /// The request (the endpoint takes no parameters).
    pub fn new() -> Self {
        GetWorkspace
    }
}

/// `POST /workspaces/list`: returns a list of [`Workspace`](crate::resources::Workspace) (under `workspaces`).
///
/// See <https://docs.seam.co/api/workspaces/list>.
#[crate::seam_endpoint(POST, "/workspaces/list", response = Vec<crate::resources::Workspace>, key = "workspaces")]
#[derive(Default)]
pub struct ListWorkspaces;

#[allow(deprecated)]
impl ListWorkspaces {
    /// The request (the endpoint takes no parameters).
    pub fn new() -> Self {
        ListWorkspaces
    }
}

/// `POST /workspaces/reset_sandbox`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/workspaces/reset_sandbox>.
#[crate::seam_endpoint(POST, "/workspaces/reset_sandbox", action_attempt)]
#[derive(Default)]
pub struct ResetSandbox;

#[allow(deprecated)]
impl ResetSandbox {
    /// The request (the endpoint takes no parameters).
    pub fn new() -> Self {
        ResetSandbox
    }
}

/// `POST /workspaces/update`: returns nothing but success.
///
/// See <https://docs.seam.co/api/workspaces/update>.
#[crate::seam_endpoint(POST, "/workspaces/update")]
#[derive(Default)]
#[non_exhaustive]
pub struct UpdateWorkspace {
    /// `connect_partner_name`: a string (optional).
    pub connect_partner_name: Option<String>,
    /// `connect_webview_customization`: a [`UpdateWorkspaceConnectWebviewCustomization`] (optional).
    pub connect_webview_customization: Option<UpdateWorkspaceConnectWebviewCustomization>,
    /// `is_publishable_key_auth_enabled`: a boolean (optional).
    pub is_publishable_key_auth_enabled: Option<bool>,
    /// `is_suspended`: a boolean (optional).
    pub is_suspended: Option<bool>,
    /// `name`: a string (optional).
    pub name: Option<String>,
    /// `organization_id`: an id (UUID) (optional).
    pub organization_id: Option<crate::Uuid>,
}

#[allow(deprecated)]
impl UpdateWorkspace {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        UpdateWorkspace {
            connect_partner_name: None,
            connect_webview_customization: None,
            is_publishable_key_auth_enabled: None,
            is_suspended: None,
            name: None,
            organization_id: None,
        }
    }
}

crate::setters::setters! {
    UpdateWorkspace {
        /// Sets `connect_partner_name`.
        value connect_partner_name: String,
        /// Sets `connect_webview_customization`.
        value connect_webview_customization: UpdateWorkspaceConnectWebviewCustomization,
        /// Sets `is_publishable_key_auth_enabled`.
        plain is_publishable_key_auth_enabled: bool,
        /// Sets `is_suspended`.
        plain is_suspended: bool,
        /// Sets `name`.
        value name: String,
        /// Sets `organization_id`.
        plain organization_id: crate::Uuid,
    }
}

/// The `create_workspace_connect_webview_customization` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateWorkspaceConnectWebviewCustomization {
    /// `logo_shape`: a [`LogoShape`](crate::resources::LogoShape) (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_shape: Option<crate::Nullable<crate::resources::LogoShape>>,
    /// `primary_button_color`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_button_color: Option<crate::Nullable<String>>,
    /// `primary_button_text_color`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_button_text_color: Option<crate::Nullable<String>>,
    /// `success_message`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success_message: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl CreateWorkspaceConnectWebviewCustomization {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreateWorkspaceConnectWebviewCustomization {
            logo_shape: None,
            primary_button_color: None,
            primary_button_text_color: None,
            success_message: None,
        }
    }
}

crate::setters::setters! {
    CreateWorkspaceConnectWebviewCustomization {
        /// Sets `logo_shape`.
        nullable logo_shape: crate::resources::LogoShape,
        /// Sets `primary_button_color`.
        nullable primary_button_color: String,
        /// Sets `primary_button_text_color`.
        nullable primary_button_text_color: String,
        /// Sets `success_message`.
        nullable success_message: String,
    }
}

/// The `update_workspace_connect_webview_customization` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct UpdateWorkspaceConnectWebviewCustomization {
    /// `logo_shape`: a [`LogoShape`](crate::resources::LogoShape) (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_shape: Option<crate::Nullable<crate::resources::LogoShape>>,
    /// `primary_button_color`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_button_color: Option<crate::Nullable<String>>,
    /// `primary_button_text_color`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_button_text_color: Option<crate::Nullable<String>>,
    /// `success_message`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success_message: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl UpdateWorkspaceConnectWebviewCustomization {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        UpdateWorkspaceConnectWebviewCustomization {
            logo_shape: None,
            primary_button_color: None,
            primary_button_text_color: None,
            success_message: None,
        }
    }
}

crate::setters::setters! {
    UpdateWorkspaceConnectWebviewCustomization {
        /// Sets `logo_shape`.
        nullable logo_shape: crate::resources::LogoShape,
        /// Sets `primary_button_color`.
        nullable primary_button_color: String,
        /// Sets `primary_button_text_color`.
        nullable primary_button_text_color: String,
        /// Sets `success_message`.
        nullable success_message: String,
    }
}
