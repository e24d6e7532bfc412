fn main() {
    console_error_panic_hook::set_once();
    // The build's static copy of a page goes in the same task as the app shows the same page, so
    // no frame shows neither (or both): the home page's now, a lazy page's once its chunk is in
    // (`grades::pages::lazy`; the stylesheet hides the app until then).
    if let Some(prerender) = leptos::prelude::document().get_element_by_id("prerender")
        && !prerender.has_attribute("data-lazy")
    {
        prerender.remove();
    }
    leptos::mount::mount_to_body(grades::App);
}
