use seamapi::seam_endpoint;

#[seam_endpoint(GET, "/devices/list", response = String, paginated = true)]
struct ListDevices {
    page_cursor: Option<String>,
}

fn main() {}
