//! Long lists drawn a chunk per task, so that a profession of two thousand items never holds
//! the browser in one long task: the first chunk at once, the rest as the browser is free.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;

/// Rows drawn in one task.
const CHUNK: usize = 150;

/// How many of `total` rows to draw now; grows to `total` a chunk per task.
pub fn progressive(total: usize) -> ReadSignal<usize> {
    let shown = RwSignal::new(total.min(CHUNK));
    if total > CHUNK {
        spawn_local(async move {
            loop {
                browser::next_task().await;
                // The list was replaced or left: stop.
                let Some(now) = shown.try_get_untracked() else {
                    return;
                };
                if now >= total {
                    return;
                }
                let _ = shown.try_set(now.saturating_add(CHUNK).min(total));
            }
        });
    }
    shown.read_only()
}
