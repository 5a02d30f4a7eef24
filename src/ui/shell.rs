//! The frame around every step: header, progress indicator, the step itself, Back and Continue.

use leptos::prelude::*;

use crate::app::Step;

/// The state every component can reach: the step on screen.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The step on screen.
    pub step: ReadSignal<Step>,
    set_step: WriteSignal<Step>,
    /// True once the user has moved between steps; focus is only moved after that, so a first
    /// visit starts at the top of the page as a screen-reader user expects.
    moved: RwSignal<bool>,
}

impl Nav {
    /// Shows `step` and moves focus to its heading.
    pub fn go(&self, step: Step) {
        self.moved.set(true);
        self.set_step.set(step);
    }
}

/// The navigation handle provided by [`App`].
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let (step, set_step) = signal(Step::Start);
    let nav = Nav { step, set_step, moved: RwSignal::new(false) };
    provide_context(nav);

    // Keep the tab title in step with the page, and move focus to the new step's heading so
    // keyboard and screen-reader users land where the content starts.
    Effect::new(move |_| {
        let step = step.get();
        document().set_title(&step.document_title());
        if nav.moved.get_untracked() {
            if let Some(heading) = document().get_element_by_id("step-heading") {
                if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading)
                {
                    let _ = heading.focus();
                }
            }
        }
    });

    view! {
        <header class="site-header">
            <a class="brand" href="./" on:click=move |ev| { ev.prevent_default(); nav.go(Step::Start); }>
                <span class="brand-mark" aria-hidden="true">"◧"</span>
                " Seams"
            </a>
            <p class="tagline">"Monolith or microservices, decided with your own numbers"</p>
        </header>
        <main id="main" class="page" data-testid="page" data-step=move || step.get().slug()>
            <Progress/>
            <StepBody/>
            <StepNavButtons/>
        </main>
        <footer class="site-footer">
            <p>"Runs entirely in your browser. Your answers never leave this page."</p>
        </footer>
    }
}

/// "Step 3 of 7" and the list of steps, with the current one marked.
#[component]
fn Progress() -> impl IntoView {
    let nav = use_nav();
    view! {
        <nav class="progress" aria-label="Progress">
            <p class="progress-label" data-testid="progress">{move || nav.step.get().progress_label()}</p>
            <ol class="progress-steps">
                {Step::ALL
                    .into_iter()
                    .map(|s| {
                        let current = move || nav.step.get() == s;
                        let done = move || nav.step.get() > s;
                        view! {
                            <li
                                class="progress-step"
                                class:is-current=current
                                class:is-done=done
                                aria-current=move || current().then_some("step")
                            >
                                {s.title()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The content of the step on screen.
#[component]
fn StepBody() -> impl IntoView {
    let nav = use_nav();
    move || {
        let step = nav.step.get();
        view! {
            <section class="step" aria-labelledby="step-heading">
                <h1 id="step-heading" tabindex="-1">{step.title()}</h1>
                <p class="lede">{intro(step)}</p>
            </section>
        }
    }
}

/// One sentence that tells the user what the step is for.
fn intro(step: Step) -> &'static str {
    match step {
        Step::Start => "Answer a few questions about your team, your product and your operations. \
                        Seams weighs them against published rules of thumb and recommends whether to \
                        keep a monolith, structure it into modules, extract a few services or migrate.",
        Step::Context => "The size of the engineering organisation, the stage of the product and the load it carries.",
        Step::Factors => "The pressures that argue for splitting the system, and the ones that argue against.",
        Step::Readiness => "The operational capabilities already in place to run more than one deployable unit.",
        Step::DomainMap => "Optional: the modules of the system and how they depend on each other, for precise numbers.",
        Step::Check => "Every answer in one place, each with a way to change it.",
        Step::Results => "The verdict and everything computed from your answers.",
    }
}

/// Back and Continue.
#[component]
fn StepNavButtons() -> impl IntoView {
    let nav = use_nav();
    view! {
        <div class="step-actions">
            {move || nav.step.get().prev().map(|prev| view! {
                <button type="button" class="button button-secondary" data-testid="back"
                    on:click=move |_| nav.go(prev)>
                    "Back"
                </button>
            })}
            {move || nav.step.get().next().map(|next| {
                let label = if nav.step.get() == Step::Start { "Start".to_string() } else { "Continue".to_string() };
                view! {
                    <button type="button" class="button button-primary" data-testid="continue"
                        on:click=move |_| nav.go(next)>
                        {label}
                    </button>
                }
            })}
        </div>
    }
}
