use seamapi::{ActionAttempt, Client, Endpoint, Error, Page, PageResponse, Paginator, seam_endpoint};

#[derive(Debug, serde::Deserialize)]
pub struct Thing {
    pub id: String,
}

#[derive(Debug, serde::Deserialize)]
pub struct ThingList {
    pub things: Vec<Thing>,
    pub pagination: seamapi::Pagination,
}

impl PageResponse for ThingList {
    type Item = Thing;
    fn into_page(self) -> Page<Thing> {
        Page { items: self.things, pagination: self.pagination }
    }
}

#[seam_endpoint(GET, "/things/list", response = ThingList, paginated)]
pub struct ListThings {
    pub limit: Option<u32>,
    pub page_cursor: Option<String>,
}

#[seam_endpoint(POST, "/things/poke", action_attempt)]
pub struct PokeThing {
    pub thing_id: String,
}

fn main() {
    assert!(PokeThing::ACTION_ATTEMPT.is_some());
    assert!(ListThings::ACTION_ATTEMPT.is_none());
    let _: fn(&PokeThing, &Client) -> Result<ActionAttempt, Error> = PokeThing::send;
    let _: fn(&Client, ListThings) -> Paginator<ListThings> = Client::paginate::<ListThings>;
}
