//! The team view (docs/rules.md#team): members loaded from their export files, kept in
//! memory unless the lead chooses to keep them.
//!
//! Files are read one at a time with the browser's `File.text()`, each in its own task, and
//! the team is set once at the end, so a batch of fifty costs one aggregation and one render.

mod load;
mod members;
mod profession;
mod progressive;
mod text;
mod unknown;

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::browser;
use crate::components::use_document_title;
use crate::i18n::use_i18n;
use crate::state::calculator::SettingsDraft;
use crate::state::matrices::use_catalog;
use crate::state::persistence::{self, Loaded, StorageKey};
use crate::state::team::{KeptTeam, Member, MemberError, Overview, Team, overview, read_member};
use crate::state::transfer::check_size;
use crate::state::use_persisted;

/// A file that was not loaded, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub file: String,
    pub error: MemberError,
}

/// The team and what the page says about it. Lives as long as the app, so leaving the page
/// and coming back keeps the team in memory; a reload drops it unless it is kept.
#[derive(Clone, Copy)]
pub struct TeamState {
    pub team: RwSignal<Team>,
    /// Whether the lead chose to keep the team on this device.
    pub keep: RwSignal<bool>,
    /// Storage refused the last write of the kept team.
    pub keep_failed: RwSignal<bool>,
    /// The bad files of the last batch.
    pub problems: RwSignal<Vec<FileProblem>>,
    /// Files read and files in the batch, while one is being read.
    pub loading: RwSignal<Option<(usize, usize)>>,
    /// Set when the team was forgotten, for the status line.
    pub forgotten: RwSignal<bool>,
}

/// Where the app keeps the team state once the page first asks for it.
#[derive(Clone)]
struct TeamSlot {
    owner: Owner,
    state: StoredValue<Option<TeamState>>,
}

/// Called once by the app: the team state is made under the app's owner on the first visit
/// of the page (reading a kept team costs nothing until then).
pub fn provide_team_slot() {
    provide_context(TeamSlot {
        owner: Owner::current().unwrap_or_default(),
        state: StoredValue::new(None),
    });
}

fn use_team() -> TeamState {
    let slot = use_context::<TeamSlot>().unwrap_or_else(|| {
        provide_team_slot();
        expect_context::<TeamSlot>()
    });
    if let Some(state) = slot.state.get_value() {
        return state;
    }
    let state = slot.owner.with(new_state);
    slot.state.set_value(Some(state));
    state
}

fn new_state() -> TeamState {
    // An unreadable kept team was set aside at start-up with the other keys (and the user
    // told); here it simply reads as missing.
    let (team, keep) = match persistence::load::<KeptTeam>() {
        Loaded::Found(kept) => (Team::from_kept(kept), true),
        Loaded::Missing | Loaded::Unreadable { .. } => (Team::default(), false),
    };
    let state = TeamState {
        team: RwSignal::new(team),
        keep: RwSignal::new(keep),
        keep_failed: RwSignal::new(false),
        problems: RwSignal::new(Vec::new()),
        loading: RwSignal::new(None),
        forgotten: RwSignal::new(false),
    };
    // Keeps storage in step with the team while the lead wants it kept, and empty otherwise.
    Effect::new(move |first: Option<()>| {
        let keep = state.keep.get();
        state.team.track();
        if first.is_none() && keep {
            // Just read from storage: nothing to write.
            return;
        }
        let written = if keep {
            state
                .team
                .with_untracked(|team| persistence::save(&team.to_kept()).is_ok())
        } else {
            persistence::remove(StorageKey::Team).is_ok() || !persistence::storage_available()
        };
        state.keep_failed.set(keep && !written);
    });
    state
}

impl TeamState {
    /// Reads the files one at a time, each in its own task, then sets the team once.
    pub async fn load(self, files: Vec<web_sys::File>) {
        if files.is_empty() || self.loading.get_untracked().is_some() {
            return;
        }
        let total = files.len();
        self.forgotten.set(false);
        self.loading.set(Some((0, total)));
        let mut team = self.team.get_untracked();
        let mut problems = Vec::new();
        for (done, file) in files.into_iter().enumerate() {
            let name = file.name();
            match read_file(&file, &name).await {
                Ok(member) => team.add(member),
                Err(error) => problems.push(FileProblem { file: name, error }),
            }
            let _ = self.loading.try_set(Some((done.saturating_add(1), total)));
            browser::next_task().await;
        }
        let _ = self.team.try_set(team);
        let _ = self.problems.try_set(problems);
        let _ = self.loading.try_set(None);
    }

    pub fn forget(self) {
        self.team.set(Team::default());
        self.problems.set(Vec::new());
        self.keep.set(false);
        self.forgotten.set(true);
    }
}

/// One file: its size checked before it is read, then read as the profile's import reads it.
async fn read_file(file: &web_sys::File, name: &str) -> Result<Member, MemberError> {
    check_size(file.size())?;
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|value| value.as_string())
        .ok_or(MemberError::ReadFailed)?;
    read_member(name, &text)
}

crate::pages::lazy::lazy_page!(
    /// The page in a wasm chunk of its own: home does not need its code.
    pub fn load() -> TeamPage, chunk team
);

#[component]
pub fn TeamPage() -> impl IntoView {
    let i18n = use_i18n();
    use_document_title(move || format!("{} · {}", i18n.team().title, i18n.t().app_name));
    let state = use_team();
    let catalog = use_catalog();
    let settings = use_persisted::<SettingsDraft>();
    let view_of = Memo::new(move |_| {
        catalog.with(|catalog| {
            let Ok(catalog) = &catalog.0 else {
                return Overview::default();
            };
            state
                .team
                .with(|team| settings.with(|s| overview(team.members(), catalog, s)))
        })
    });
    let has_members = move || state.team.with(|t| !t.is_empty());

    view! {
        <div class="team">
            <h1>{move || i18n.team().title}</h1>
            <p class="lead">{move || i18n.team().intro}</p>
            <load::LoadPanel state=state/>
            <Show
                when=has_members
                fallback=move || view! { <p class="team__empty">{move || i18n.team().empty}</p> }
            >
                <members::MembersSection state=state overview=view_of/>
                <unknown::OffersSection overview=view_of state=state/>
                <profession::ProfessionsSection overview=view_of state=state/>
                <unknown::UnknownSection overview=view_of state=state/>
            </Show>
        </div>
    }
}
