//! The page information of Seam's list endpoints.

use serde::{Deserialize, Serialize};

/// Where a page of results stands: whether more follow, and the cursor that
/// selects the next page (pass it as the request's `page_cursor`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
pub struct Pagination {
    /// Whether another page follows this one.
    #[serde(default)]
    pub has_next_page: bool,
    /// The cursor of the next page, when there is one.
    #[serde(default)]
    pub next_page_cursor: Option<String>,
    /// The URL of the next page, when the server gives one. Prefer the cursor.
    #[serde(default)]
    pub next_page_url: Option<String>,
}
