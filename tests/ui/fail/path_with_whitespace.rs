use seamapi::seam_endpoint;

#[seam_endpoint(GET, "/devices/ list")]
struct ListDevices;

fn main() {}
