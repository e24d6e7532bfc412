//! Messages the app owes the user about their data, shown once in a banner.

use leptos::prelude::*;

use crate::i18n::Strings;
use crate::state::persistence::StorageKey;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    StorageUnavailable,
    StorageFull,
    /// Data under this key could not be read and was copied to its backup key.
    Recovered(StorageKey),
}

impl Notice {
    pub fn text(self, t: &Strings) -> &'static str {
        match self {
            Notice::StorageUnavailable => t.notice_storage_unavailable,
            Notice::StorageFull => t.notice_storage_full,
            Notice::Recovered(_) => t.notice_recovered,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Notice>>);

impl Notices {
    /// Adds a notice unless the same one is already showing.
    pub fn push(&self, notice: Notice) {
        self.0.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }

    pub fn dismiss(&self, notice: Notice) {
        self.0.update(|list| list.retain(|n| *n != notice));
    }

    pub fn list(&self) -> Vec<Notice> {
        self.0.get()
    }
}

pub fn provide_notices() -> Notices {
    let notices = Notices(RwSignal::new(Vec::new()));
    provide_context(notices);
    notices
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}
