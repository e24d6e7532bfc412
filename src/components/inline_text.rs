//! Matrix text with its inline code shown as code: each piece a text node or a `<code>` holding
//! a text node, never parsed as markup (the text may come from an imported file).

use leptos::prelude::*;

use crate::catalog::inline_code::{Segment, segments};

#[component]
pub fn InlineText(#[prop(into)] text: String) -> impl IntoView {
    segments(&text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(plain) => plain.to_owned().into_any(),
            Segment::Code(code) => {
                view! { <code class="inline-code">{code.to_owned()}</code> }.into_any()
            }
        })
        .collect_view()
}
