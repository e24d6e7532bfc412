//! Messages the app owes the user about their data, shown in a banner, each at most once per
//! page load (a dismissed notice does not come back).

use std::collections::HashMap;

use leptos::prelude::*;

use crate::state::persistence::{Recovery, StorageKey};
use crate::state::transfer::Flash;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    StorageUnavailable,
    /// A write was refused: storage is full or blocked.
    StorageFull,
    /// Data under this key could not be read and was set aside (see [`Notices::recovery`]).
    Recovered(StorageKey),
    /// Another tab changed this key at the same moment as this one: its version is shown.
    ChangedElsewhere(StorageKey),
    /// Another tab stored something under this key that this tab cannot read (a newer
    /// version of the app): this tab stops writing the key.
    UnreadableElsewhere(StorageKey),
    Imported,
    Reset,
    /// An automatic snapshot made room for itself by pruning this many old ones.
    SnapshotsPruned(usize),
}

impl From<Flash> for Notice {
    fn from(flash: Flash) -> Self {
        match flash {
            Flash::Imported => Notice::Imported,
            Flash::Reset => Notice::Reset,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Notices {
    showing: RwSignal<Vec<Notice>>,
    /// Every notice ever pushed, so none is shown twice.
    pushed: StoredValue<Vec<Notice>>,
    recoveries: StoredValue<HashMap<StorageKey, Recovery>>,
}

impl Notices {
    /// Shows a notice unless it has been shown before.
    pub fn push(&self, notice: Notice) {
        let new = self.pushed.try_update_value(|pushed| {
            let new = !pushed.contains(&notice);
            if new {
                pushed.push(notice);
            }
            new
        });
        if new == Some(true) {
            self.showing.update(|list| list.push(notice));
        }
    }

    /// Tells the user about data set aside, keeping what is needed to download it.
    pub fn recovered(&self, recovery: Recovery) {
        let key = recovery.key;
        self.recoveries.update_value(|map| {
            map.insert(key, recovery);
        });
        self.push(Notice::Recovered(key));
    }

    /// What a `Recovered` notice set aside.
    pub fn recovery_of(&self, notice: Notice) -> Option<Recovery> {
        match notice {
            Notice::Recovered(key) => self.recovery(key),
            _ => None,
        }
    }

    pub fn recovery(&self, key: StorageKey) -> Option<Recovery> {
        self.recoveries.with_value(|map| map.get(&key).cloned())
    }

    pub fn dismiss(&self, notice: Notice) {
        self.showing.update(|list| list.retain(|n| *n != notice));
    }

    pub fn list(&self) -> Vec<Notice> {
        self.showing.get()
    }
}

pub fn provide_notices() -> Notices {
    let notices = Notices {
        showing: RwSignal::new(Vec::new()),
        pushed: StoredValue::new(Vec::new()),
        recoveries: StoredValue::new(HashMap::new()),
    };
    provide_context(notices);
    notices
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}
