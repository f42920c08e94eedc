use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/list/")]
struct ListDevices;

fn main() {}
