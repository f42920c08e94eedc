//! Seam's cursor pagination: the page information of list endpoints, and a
//! lazy iterator over pages and items.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::client::Client;
use crate::endpoint::Endpoint;
use crate::error::Error;

/// Where a page of results stands: whether more follow, and the cursor that
/// selects the next page (the request's `page_cursor`).
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

/// One page of a list: its items and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Where this page stands.
    pub pagination: Pagination,
}

/// A list response that is one page of items.
pub trait PageResponse: DeserializeOwned {
    /// The listed item.
    type Item;

    /// Splits the response into its items and its page information.
    fn into_page(self) -> Page<Self::Item>;
}

/// A list endpoint whose pages are selected by a `page_cursor`. Implement it
/// with `#[seam_endpoint(..., paginated)]`, which needs a field
/// `page_cursor: Option<String>`.
pub trait Paginated: Endpoint<Response: PageResponse> + Clone {
    /// Selects the page to return (`None`: the first).
    fn set_page_cursor(&mut self, cursor: Option<String>);
}

/// The listed item of a paginated endpoint.
pub type ItemOf<E> = <<E as Endpoint>::Response as PageResponse>::Item;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Next {
    /// The page the request itself selects.
    Start,
    /// The page of this cursor.
    Cursor(String),
    /// Nothing more: the last page was read, or an error ended the walk.
    Done,
}

/// A lazy walk over the pages of a list: an `Iterator` of pages, one request
/// per page, holding one page at a time. An error is yielded once, then the
/// walk ends. The cursor of the next page can be saved ([`Paginator::cursor`])
/// and the walk resumed later ([`Paginator::resume_from`]), in this process
/// or another.
///
/// ```no_run
/// # use seamapi_runtime::{Client, Paginated, Paginator};
/// # fn run<E: Paginated>(client: &Client, list: E) -> Result<(), seamapi_runtime::Error>
/// # where seamapi_runtime::ItemOf<E>: std::fmt::Debug {
/// for item in client.paginate(list).items() {
///     println!("{:?}", item?);
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use = "a paginator does nothing until iterated"]
pub struct Paginator<E: Paginated> {
    client: Client,
    request: E,
    next: Next,
}

impl<E: Paginated> Paginator<E> {
    pub(crate) fn new(client: Client, request: E) -> Self {
        Paginator {
            client,
            request,
            next: Next::Start,
        }
    }

    /// Continues from a cursor saved earlier with [`Paginator::cursor`].
    pub fn resume_from(mut self, cursor: impl Into<String>) -> Self {
        self.next = Next::Cursor(cursor.into());
        self
    }

    /// The cursor of the next page to read: save it to resume later. `None`
    /// before the first page (the request's own) and after the last.
    pub fn cursor(&self) -> Option<&str> {
        match &self.next {
            Next::Cursor(cursor) => Some(cursor),
            Next::Start | Next::Done => None,
        }
    }

    /// Whether the walk is over (the last page was read, or an error ended it).
    pub fn is_done(&self) -> bool {
        self.next == Next::Done
    }

    /// Reads the next page, or `None` when the walk is over.
    pub fn next_page(&mut self) -> Option<Result<Page<ItemOf<E>>, Error>> {
        let previous = match std::mem::replace(&mut self.next, Next::Done) {
            Next::Done => return None,
            Next::Start => None,
            Next::Cursor(cursor) => {
                self.request.set_page_cursor(Some(cursor.clone()));
                Some(cursor)
            }
        };
        let page = match self.client.call(&self.request) {
            Ok(response) => response.into_page(),
            Err(error) => return Some(Err(error)),
        };
        let pagination = &page.pagination;
        if let Some(cursor) = &pagination.next_page_cursor
            && pagination.has_next_page
            // A server that hands back the cursor it was given would loop.
            && previous.as_ref() != Some(cursor)
        {
            self.next = Next::Cursor(cursor.clone());
        }
        Some(Ok(page))
    }

    /// The items of every page, in order, one page in memory at a time.
    pub fn items(self) -> Items<E> {
        Items {
            pages: self,
            current: Vec::new().into_iter(),
        }
    }
}

impl<E: Paginated> Iterator for Paginator<E> {
    type Item = Result<Page<ItemOf<E>>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_page()
    }
}

/// The items of a [`Paginator`], fetched page by page as they are consumed.
/// An error is yielded once, then iteration ends.
#[must_use = "an item iterator does nothing until iterated"]
pub struct Items<E: Paginated> {
    pages: Paginator<E>,
    current: std::vec::IntoIter<ItemOf<E>>,
}

impl<E: Paginated> Items<E> {
    /// The cursor of the next page to read, to resume later (see
    /// [`Paginator::cursor`]). Items of the current page not yet consumed are
    /// not covered by it.
    pub fn cursor(&self) -> Option<&str> {
        self.pages.cursor()
    }
}

impl<E: Paginated> Iterator for Items<E> {
    type Item = Result<ItemOf<E>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.current.next() {
                return Some(Ok(item));
            }
            match self.pages.next_page()? {
                Ok(page) => self.current = page.items.into_iter(),
                Err(error) => return Some(Err(error)),
            }
        }
    }
}

impl<E: Paginated> std::fmt::Debug for Items<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field("cursor", &self.pages.cursor())
            .field("buffered", &self.current.len())
            .finish_non_exhaustive()
    }
}
