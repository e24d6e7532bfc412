fn main() {
    console_error_panic_hook::set_once();
    // The build's static copy of the home page goes in the same task as the app mounts, so no
    // frame shows neither (or both).
    if let Some(prerender) = leptos::prelude::document().get_element_by_id("prerender") {
        prerender.remove();
    }
    leptos::mount::mount_to_body(grades::App);
}
