use seamapi::seam_endpoint;

#[seam_endpoint(GET, "/devices/list?limit=10")]
struct ListDevices;

fn main() {}
