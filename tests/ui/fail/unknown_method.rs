use seamapi::seam_endpoint;

#[seam_endpoint(FETCH, "/devices/list")]
struct ListDevices;

fn main() {}
