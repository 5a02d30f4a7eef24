//! Workshops: a participant's hand-in (on the check page) and the facilitator's room (on the
//! start page). What a hand-in holds and how a code reads are `seams_formats::handin`'s; the
//! room's changes are `app::workshop`'s; the spreads, the discussion list and the consensus are
//! the engine's (`engine::workshop`). This only shows them.

use leptos::prelude::*;

use crate::app::state::{Msg, Offered};
use crate::app::use_store;
use crate::app::workshop::{rubric_mark, use_room, Room, RoomMsg};
use crate::engine::workshop::{consensus, discussion, spread, Question};
use crate::engine::{evaluate_with, Answers, Catalogue};
use crate::ui::keep::{copy_text, download, page_base, FileDrop};
use seams_formats::compare::{pick_words, question_name};
use seams_formats::handin::{self, HandIn, MAX_FILE_BYTES, MAX_NICKNAME_CHARS};

/// The answers a participant hands in: the context, factors and readiness; the domain map and
/// the plan's start stay on their device.
fn handed_in(a: &Answers) -> Answers {
    Answers {
        context: a.context.clone(),
        factors: a.factors.clone(),
        readiness: a.readiness.clone(),
        ..Answers::default()
    }
}

/// A participant's hand-in: a code to read out or type, a link and a file.
#[component]
pub fn HandInCard() -> impl IntoView {
    let store = use_store();
    let nickname = RwSignal::new(String::new());
    let said = RwSignal::new(None::<String>);
    let code = Memo::new(move |_| {
        store.rubric.track();
        let cat = store.catalogue();
        let nick = nickname.get();
        let nick = nick.trim();
        let hand_in = HandIn {
            nickname: (!nick.is_empty()).then(|| nick.to_string()),
            answers: store.answers.with(handed_in),
        };
        handin::encode(&hand_in, &cat, rubric_mark(store))
    });
    let link =
        Memo::new(move |_| format!("{}#{}", page_base(), handin::link_fragment(&code.get())));
    let w = store.catalogue().texts.wizard.clone();
    let (done, refused) = (w.handin_copied.text(), w.handin_not_copied.text());
    let (done2, refused2) = (done.clone(), refused.clone());
    let copy_code = move |_| copy_text(code.get_untracked(), said, done.clone(), refused.clone());
    let copy_link = move |_| copy_text(link.get_untracked(), said, done2.clone(), refused2.clone());
    let save_file = move |_| {
        let nick = nickname.get_untracked();
        let nick = nick.trim();
        let text = handin::file_text(&code.get_untracked(), (!nick.is_empty()).then_some(nick));
        download("seams-hand-in.json", "application/json", &text);
    };
    let max = MAX_NICKNAME_CHARS.to_string();
    view! {
        <section class="card handin" aria-labelledby="handin-heading" data-testid="handin">
            <h2 id="handin-heading" class="card-title">{w.handin_heading.text()}</h2>
            <p>{w.handin_text.text()}</p>
            <div class="field">
                <label class="label" for="handin-nickname">{w.handin_nickname.text()}</label>
                <p class="hint" id="handin-nickname-hint">{w.handin_nickname_hint.render(&[("max", &max)])}</p>
                <input class="input" id="handin-nickname" type="text" autocomplete="nickname"
                    maxlength=MAX_NICKNAME_CHARS aria-describedby="handin-nickname-hint"
                    data-testid="handin-nickname" prop:value=move || nickname.get()
                    on:input=move |ev| nickname.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <p class="label" id="handin-code-label">{w.handin_code.text()}</p>
                <p class="handin-code" aria-labelledby="handin-code-label" data-testid="handin-code">
                    {move || code.get()}
                </p>
                <button type="button" class="button button-secondary" data-testid="handin-copy-code"
                    on:click=copy_code>{w.handin_copy_code.text()}</button>
            </div>
            <div class="field">
                <label class="label" for="handin-link">{w.handin_link.text()}</label>
                <div class="input-with-button">
                    <input class="input input-wide" id="handin-link" type="text" readonly
                        data-testid="handin-link" prop:value=move || link.get()
                        on:focus=move |ev| { let i: web_sys::HtmlInputElement = event_target(&ev); i.select(); }/>
                    <button type="button" class="button button-secondary" data-testid="handin-copy-link"
                        on:click=copy_link>{w.handin_copy_link.text()}</button>
                </div>
            </div>
            <button type="button" class="button button-secondary" data-testid="handin-file"
                on:click=save_file>{w.handin_file.text()}</button>
            <p role="status" class="live-message">{move || said.get()}</p>
        </section>
    }
}

/// The start page's workshop card: answer as a participant, or open the room.
#[component]
pub fn WorkshopCard(on_join: impl Fn() + Clone + 'static) -> impl IntoView {
    let store = use_store();
    let room = use_room();
    let w = store.catalogue().texts.wizard.clone();
    let open = Memo::new(move |_| room.state.with(|r| r.open));
    let (opens, closes) = (w.workshop_open.text(), w.workshop_close.text());
    view! {
        <section class="card workshop" aria-labelledby="workshop-heading" data-testid="workshop">
            <h2 id="workshop-heading" class="card-title">{w.workshop_heading.text()}</h2>
            <p>{w.workshop_text.text()}</p>
            <div class="step-actions">
                <button type="button" class="button button-secondary" data-testid="workshop-join"
                    aria-describedby="workshop-join-hint" on:click=move |_| on_join()>
                    {w.workshop_join.text()}
                </button>
                <button type="button" class="button button-secondary" data-testid="workshop-room"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| room.dispatch(RoomMsg::Open(!open.get_untracked()))>
                    {move || if open.get() { closes.clone() } else { opens.clone() }}
                </button>
            </div>
            <p class="hint" id="workshop-join-hint">{w.workshop_join_hint.text()}</p>
            {move || open.get().then(|| view! { <RoomView/> })}
        </section>
    }
}

/// Reads picked or dropped hand-in files into the room, each whole or not at all.
fn add_file(file: web_sys::File) {
    // Taken now: after the read, the callback runs outside the component.
    let room = use_room();
    let name = file.name();
    if file.size() as usize > MAX_FILE_BYTES {
        // Too large to be a hand-in: refused unread.
        room.dispatch(RoomMsg::TooLarge(name));
        return;
    }
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        let text = text.ok().and_then(|t| t.as_string()).unwrap_or_default();
        room.dispatch(RoomMsg::Add(vec![(Some(name), text)]));
    });
}

/// The facilitator's room.
#[component]
fn RoomView() -> impl IntoView {
    let store = use_store();
    let room = use_room();
    let w = store.catalogue().texts.wizard.clone();
    let pasted = RwSignal::new(String::new());
    let presenting = RwSignal::new(false);
    let has_members = Memo::new(move |_| room.state.with(|r| !r.members.is_empty()));
    let close = move || {
        presenting.set(false);
        request_animation_frame(|| crate::app::state::focus_by_id("present-open"));
    };
    let add = move || {
        let text = pasted.get_untracked();
        room.dispatch(RoomMsg::Add(vec![(None, text)]));
        // What was read leaves the box; a refused paste stays, to be corrected.
        if room.state.with_untracked(|r| r.said.iter().all(|s| !s.problem)) {
            pasted.set(String::new());
        }
    };
    view! {
        <div class="room" data-testid="room">
            <h3>{w.room_heading.text()}</h3>
            <p>{w.room_lede.text()}</p>
            <div class="field">
                <label class="label" for="room-paste">{w.room_paste.text()}</label>
                <textarea class="input textarea" id="room-paste" rows="4" data-testid="room-paste"
                    spellcheck="false" autocapitalize="characters"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <button type="button" class="button button-primary" data-testid="room-add"
                    on:click=move |_| add()>{w.room_add.text()}</button>
            </div>
            <FileDrop id="room-files" testid="room-files" drop_testid="room-drop"
                label=w.room_files.text() hint=w.room_files_hint.text()
                accept=".json,.txt,application/json,text/plain" many=true
                on_file=add_file/>
            <div role="status" data-testid="room-said">
                <ul class="room-said">
                    {move || room.state.with(|r| r.said.iter().map(|s| view! {
                        <li class:is-problem=s.problem>{s.text.clone()}</li>
                    }).collect_view())}
                </ul>
            </div>
            {move || has_members.get().then(|| view! {
                <button type="button" class="button button-secondary" id="present-open"
                    data-testid="present-open" on:click=move |_| presenting.set(true)>
                    {use_store().catalogue().texts.wizard.present_open.text()}
                </button>
            })}
            {move || (presenting.get() && has_members.get()).then(|| view! { <Presentation on_close=close/> })}
            {move || {
                store.rubric.track();
                view! { <RoomBody room=room.state.get() base=store.answers.get()/> }
            }}
        </div>
    }
}

/// The participants, the spreads, the discussion list and the consensus.
#[component]
fn RoomBody(room: Room, base: Answers) -> impl IntoView {
    let store = use_store();
    let rs = use_room();
    let cat = store.catalogue();
    let cat: &Catalogue = &cat;
    let w = cat.texts.wizard.clone();
    let n = u32::try_from(room.members.len()).unwrap_or(u32::MAX);
    let participants = cat.texts.nouns.participant.count(n);
    let unread = (!room.unread.is_empty()).then(|| {
        let n = room.unread.len().to_string();
        view! { <p class="notice notice-info">{w.room_unread.render(&[("n", &n)])}</p> }
    });
    if room.members.is_empty() {
        return view! { {unread} <p data-testid="room-empty">{w.room_empty.text()}</p> }.into_any();
    }
    let answers: Vec<Answers> = room.members.iter().map(|m| m.answers.clone()).collect();
    let agreed = consensus(&base, &answers, &room.overrides, cat);
    let verdict = cat.texts.quoted(&cat.verdict_label(evaluate_with(&agreed, cat).verdict.verdict));
    let members = room
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let name = m.nickname.clone().unwrap_or_else(|| {
                w.room_anonymous.render(&[("n", &(i + 1).to_string())])
            });
            let own = cat.verdict_label(evaluate_with(&m.answers, cat).verdict.verdict);
            let remove = w.room_remove.text();
            view! {
                <li data-testid="room-member">
                    <span class="room-name">{name.clone()}</span>": "<span>{own}</span>" "
                    <button type="button" class="button-link" on:click=move |_| rs.dispatch(RoomMsg::Remove(i))>
                        {remove}<span class="visually-hidden">" " {name}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let rows = Question::all(cat)
        .into_iter()
        .map(|q| spread(q, &answers, cat))
        .filter(|s| s.answered > 0)
        .map(|s| {
            let q = s.question;
            let chosen = room.overrides.iter().find(|o| o.question == q).cloned();
            let name = question_name(q, cat);
            let middle = w.room_use_middle.render(&[("answer", &pick_words(q, s.middle, cat))]);
            let picks: Vec<_> = s.counts.iter().map(|(p, _)| *p).collect();
            let picks2 = picks.clone();
            let selected = chosen.as_ref().and_then(|o| picks.iter().position(|p| Some(*p) == o.pick));
            let options = picks
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    view! { <option value=i.to_string() selected=selected == Some(i)>{pick_words(q, Some(*p), cat)}</option> }
                })
                .collect_view();
            let choose = move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev);
                let pick = value.parse::<usize>().ok().and_then(|i| picks2.get(i).copied());
                rs.dispatch(RoomMsg::Override { question: q, pick: pick.map(Some) });
            };
            let note = chosen.map(|o| {
                let label = w.room_note.render(&[("question", &name)]);
                view! {
                    <input class="input room-note" type="text" aria-label=label
                        placeholder=w.room_note_hint.text() maxlength=crate::app::workshop::MAX_NOTE_CHARS
                        data-testid="room-note" prop:value=o.note
                        on:change=move |ev| rs.dispatch(RoomMsg::Note { question: q, note: event_target_value(&ev) })/>
                }
            });
            let choice_label = w.room_choice.render(&[("question", &name)]);
            let counts = seams_formats::compare::spread_words(&s, cat);
            let agree = w
                .room_agree_value
                .render(&[("agree", &s.agree.to_string()), ("answered", &s.answered.to_string())]);
            let split = s.counts.len() > 1;
            view! {
                <tr class:is-split=split>
                    <th scope="row">{question_name(s.question, cat)}</th>
                    <td>{counts}</td>
                    <td>{pick_words(s.question, s.middle, cat)}</td>
                    <td>{agree}</td>
                    <td>
                        <select class="select" aria-label=choice_label data-testid="room-choice" on:change=choose>
                            <option value="middle" selected=selected.is_none()>{middle}</option>
                            {options}
                        </select>
                        {note}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let discussed = discussion(&agreed, &answers, cat);
    let discussion_view = if discussed.is_empty() {
        view! { <p data-testid="room-discuss-none">{w.room_discuss_none.text()}</p> }.into_any()
    } else {
        let items = discussed
            .iter()
            .map(|d| {
                let outcomes = seams_formats::compare::outcome_words(d, cat);
                view! {
                    <li data-testid="room-discuss-item">
                        <strong>{question_name(d.question, cat)}</strong>" — "{outcomes}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>{w.room_discuss_lede.text()}</p>
            <ol class="room-discussion" data-testid="room-discussion">{items}</ol>
        }
        .into_any()
    };
    let text =
        w.room_consensus_text.render(&[("verdict", &verdict), ("participants", &participants)]);
    let open_consensus = move |_| {
        store.dispatch(Msg::Offer {
            answers: agreed.clone(),
            from: Offered::Workshop(n),
            made_with: None,
        })
    };
    view! {
        {unread}
        <h4>{w.room_members.render(&[("participants", &participants)])}</h4>
        <ul class="room-members" data-testid="room-members">{members}</ul>
        <button type="button" class="button-link" data-testid="room-clear"
            on:click=move |_| rs.dispatch(RoomMsg::Clear)>{w.room_clear.text()}</button>
        <h4>{w.room_discuss_heading.text()}</h4>
        {discussion_view}
        <h4>{w.room_consensus_heading.text()}</h4>
        <p data-testid="room-consensus">{text}</p>
        <button type="button" class="button button-primary" data-testid="room-open-consensus"
            on:click=open_consensus>{w.room_open_consensus.text()}</button>
        <h4>{w.room_spread_heading.text()}</h4>
        <div class="table-scroll">
            <table class="table room-spread" data-testid="room-spread">
                <thead><tr>
                    <th scope="col">{w.room_question.text()}</th>
                    <th scope="col">{w.room_spread.text()}</th>
                    <th scope="col">{w.room_middle.text()}</th>
                    <th scope="col">{w.room_agree.text()}</th>
                    <th scope="col">{w.room_consensus_col.text()}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// One screen of the presentation: a question the room answered differently, or the consensus.
#[derive(Clone, PartialEq)]
enum Slide {
    Question {
        name: String,
        /// Each answer: its words, how many chose it, who (names or anonymous labels).
        answers: Vec<(String, u32, Vec<String>)>,
        middle: String,
        agree: String,
        answered: u32,
    },
    Consensus {
        text: String,
    },
}

/// The slides: the questions whose disagreement changes the verdict first (the most
/// consequential first), then the other questions the room answered differently, then the
/// consensus.
fn slides(room: &Room, base: &Answers, cat: &Catalogue) -> Vec<Slide> {
    let w = &cat.texts.wizard;
    let answers: Vec<Answers> = room.members.iter().map(|m| m.answers.clone()).collect();
    let agreed = consensus(base, &answers, &room.overrides, cat);
    let mut order: Vec<Question> =
        discussion(&agreed, &answers, cat).into_iter().map(|d| d.question).collect();
    for q in Question::all(cat) {
        if !order.contains(&q) && spread(q, &answers, cat).counts.len() > 1 {
            order.push(q);
        }
    }
    let name = |i: usize| {
        room.members[i]
            .nickname
            .clone()
            .unwrap_or_else(|| w.room_anonymous.render(&[("n", &(i + 1).to_string())]))
    };
    let mut out: Vec<Slide> = order
        .into_iter()
        .map(|q| {
            let s = spread(q, &answers, cat);
            let answers_of = s
                .counts
                .iter()
                .map(|(p, k)| {
                    let who = (0..room.members.len())
                        .filter(|&i| q.pick(&room.members[i].answers, cat) == Some(*p))
                        .map(name)
                        .collect();
                    (pick_words(q, Some(*p), cat), *k, who)
                })
                .collect();
            Slide::Question {
                name: question_name(q, cat),
                answers: answers_of,
                middle: pick_words(q, s.middle, cat),
                agree: w.room_agree_value.render(&[
                    ("agree", &s.agree.to_string()),
                    ("answered", &s.answered.to_string()),
                ]),
                answered: s.answered,
            }
        })
        .collect();
    let n = u32::try_from(room.members.len()).unwrap_or(u32::MAX);
    let verdict = cat.texts.quoted(&cat.verdict_label(evaluate_with(&agreed, cat).verdict.verdict));
    out.push(Slide::Consensus {
        text: w.room_consensus_text.render(&[
            ("verdict", &verdict),
            ("participants", &cat.texts.nouns.participant.count(n)),
        ]),
    });
    out
}

/// The projector view: one question per screen with its spread, then the consensus. Arrow keys
/// move, F asks for full screen, N shows or hides the names (hidden at first), Escape closes.
#[component]
fn Presentation(on_close: impl Fn() + Clone + Send + Sync + 'static) -> impl IntoView {
    let store = use_store();
    let room = use_room();
    let w = store.catalogue().texts.wizard.clone();
    let at = RwSignal::new(0usize);
    let names = RwSignal::new(false);
    let deck = Memo::new(move |_| {
        store.rubric.track();
        let cat = store.catalogue();
        room.state.with(|r| store.answers.with(|a| slides(r, a, &cat)))
    });
    let count = move || deck.with(Vec::len);
    let go = move |to: usize| at.set(to.min(count().saturating_sub(1)));
    let full = || {
        let doc = document();
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        } else if let Some(el) = doc.get_element_by_id("presentation") {
            let _ = el.request_fullscreen();
        }
    };
    let close = on_close.clone();
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        let handled = match ev.key().as_str() {
            "ArrowRight" | "PageDown" | " " => {
                go(at.get_untracked() + 1);
                true
            }
            "ArrowLeft" | "PageUp" => {
                go(at.get_untracked().saturating_sub(1));
                true
            }
            "Home" => {
                go(0);
                true
            }
            "End" => {
                go(usize::MAX);
                true
            }
            "f" | "F" => {
                full();
                true
            }
            "n" | "N" => {
                names.update(|n| *n = !*n);
                true
            }
            "Escape" => {
                if document().fullscreen_element().is_some() {
                    document().exit_fullscreen();
                }
                close();
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    };
    request_animation_frame(|| crate::app::state::focus_by_id("presentation"));
    let progress = w.present_progress.clone();
    let close2 = on_close.clone();
    view! {
        <div class="presentation" id="presentation" role="dialog" aria-modal="true"
            aria-label=w.present_label.text() aria-describedby="presentation-keys"
            tabindex="-1" data-testid="presentation" on:keydown=keys>
            <p class="presentation-keys" id="presentation-keys">{w.present_hint.text()}</p>
            <div class="presentation-slide" aria-live="polite" data-testid="slide">
                {move || {
                    let slide = deck.with(|d| d.get(at.get()).cloned());
                    let show = names.get();
                    match slide {
                        Some(Slide::Question { name, answers, middle, agree, answered }) => {
                            let bars = answers.into_iter().map(|(words, k, who)| {
                                // An SVG bar: the page's CSP allows no inline style.
                                let width = (u64::from(k) * 100 / u64::from(answered.max(1))).to_string();
                                let who = show.then(|| view! { <span class="presentation-who">{who.join(", ")}</span> });
                                let is_middle = words == middle;
                                view! {
                                    <li class:is-middle=is_middle>
                                        <span class="presentation-answer">{words}</span>
                                        <svg class="presentation-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect x="0" y="0" width=width height="10"></rect></svg>
                                        <span class="presentation-count">{k}</span>
                                        {who}
                                    </li>
                                }
                            }).collect_view();
                            let w = use_store().catalogue().texts.wizard.clone();
                            view! {
                                <h2>{name}</h2>
                                <ul class="presentation-bars">{bars}</ul>
                                <p class="presentation-middle">{w.room_middle.text()}": "<strong>{middle}</strong>" — "{agree}</p>
                            }.into_any()
                        }
                        Some(Slide::Consensus { text }) => {
                            let w = use_store().catalogue().texts.wizard.clone();
                            view! {
                                <h2>{w.room_consensus_heading.text()}</h2>
                                <p class="presentation-consensus" data-testid="slide-consensus">{text}</p>
                            }.into_any()
                        }
                        None => ().into_any(),
                    }
                }}
            </div>
            <div class="presentation-controls">
                <button type="button" class="button button-secondary" on:click=move |_| go(at.get_untracked().saturating_sub(1))>{w.present_prev.text()}</button>
                <span data-testid="slide-progress">{move || progress.render(&[("n", &(at.get() + 1).to_string()), ("of", &count().to_string())])}</span>
                <button type="button" class="button button-secondary" on:click=move |_| go(at.get_untracked() + 1)>{w.present_next.text()}</button>
                <label class="presentation-names">
                    <input type="checkbox" prop:checked=move || names.get() on:change=move |ev| names.set(event_target_checked(&ev))/>
                    " "{w.present_names.text()}
                </label>
                <button type="button" class="button button-secondary" on:click=move |_| full()>{w.present_full.text()}</button>
                <button type="button" class="button button-primary" data-testid="presentation-close" on:click=move |_| close2()>{w.present_close.text()}</button>
            </div>
        </div>
    }
}
