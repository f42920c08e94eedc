use seamapi::seam_endpoint;

#[seam_endpoint(post, "/devices/list")]
struct ListDevices;

fn main() {}
