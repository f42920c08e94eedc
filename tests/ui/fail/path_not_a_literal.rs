use seamapi::seam_endpoint;

const PATH: &str = "/devices/list";

#[seam_endpoint(GET, PATH)]
struct ListDevices;

fn main() {}
