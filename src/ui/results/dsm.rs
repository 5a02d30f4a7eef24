//! The dependency structure matrix of the domain map, ordered so that coupling clusters sit side
//! by side, with the longest synchronous chain, call cycles, shared writers, unowned modules and
//! anything the engine had to ignore.
//!
//! The grid is an HTML table (row and column headers name the modules; each mark is a letter
//! with its meaning for screen readers), not a drawing, so it reads cell by cell. Past
//! [`MAX_GRID`] modules a grid is unreadable, so a summary takes its place.

use std::collections::HashMap;

use leptos::prelude::*;

use super::{format, page, part, ResultSection, ScrollRegion};
use crate::app::state::Msg;
use crate::app::{use_store, Cursor, Step};
use crate::engine::{CellKind, DomainAnalysis, PageTexts};
use crate::ui::charts::geometry::{cluster_edges, dsm_groups};

/// The most modules drawn as a grid.
const MAX_GRID: usize = 40;

/// How many clusters a long list names before it summarises the rest.
const MAX_LISTED: usize = 20;

/// The dependency structure section (`data-testid="dsm"` on the analysis, present only with a
/// domain map; `data-testid="dsm-missing"` otherwise).
#[component]
pub fn DsmSection() -> impl IntoView {
    let store = use_store();
    let domain = part(|e| e.domain.clone());
    let p = page();
    view! {
        <ResultSection id="results-dsm" testid="dsm-section" finding=part(|e| e.findings.domain.clone())>
            {move || match domain.get() {
                Some(d) => view! { <Analysis d=d/> }.into_any(),
                None => view! {
                    <div data-testid="dsm-missing">
                        <p>{p.dsm_unlock.text()}</p>
                        <button type="button" class="button button-secondary" data-testid="add-domain-map"
                            on:click=move |_| store.dispatch(Msg::Change(Cursor::at(Step::DomainMap)))>
                            {p.dsm_add_map.text()}
                        </button>
                    </div>
                }
                .into_any(),
            }}
        </ResultSection>
    }
}

/// A kind of mark: its letter and its meaning.
fn kind_words(kind: CellKind, p: &PageTexts) -> (String, String) {
    let (letter, meaning) = match kind {
        CellKind::Sync => (&p.letter_sync, &p.cell_sync),
        CellKind::Async => (&p.letter_async, &p.cell_async),
        CellKind::SharedRead => (&p.letter_read, &p.cell_read),
        CellKind::SharedWrite => (&p.letter_write, &p.cell_write),
    };
    (letter.text(), meaning.text())
}

/// Module names by id.
fn names(d: &DomainAnalysis) -> HashMap<u32, String> {
    d.order.iter().copied().zip(d.labels.iter().cloned()).collect()
}

/// The names of some modules, joined.
fn join(names: &HashMap<u32, String>, ids: &[u32], separator: &str, p: &PageTexts) -> String {
    ids.iter()
        .map(|id| {
            names.get(id).cloned().unwrap_or_else(|| p.module_n.render(&[("id", &id.to_string())]))
        })
        .collect::<Vec<_>>()
        .join(separator)
}

/// The marks of an `n × n` matrix, each cell listing its kinds in a fixed order. Marks outside
/// the matrix are dropped.
fn grid(n: usize, d: &DomainAnalysis) -> Vec<Vec<Vec<CellKind>>> {
    let mut g = vec![vec![Vec::new(); n]; n];
    for c in &d.cells {
        if let Some(cell) = g.get_mut(c.row).and_then(|r| r.get_mut(c.col)) {
            if !cell.contains(&c.kind) {
                cell.push(c.kind);
                crate::engine::order::sort(cell);
            }
        }
    }
    g
}

/// The imports behind each cell of an `n × n` matrix (0 where none are counted), and whether
/// the cell holds only stray imports.
fn counts(n: usize, d: &DomainAnalysis) -> Vec<Vec<(u32, bool)>> {
    let mut g = vec![vec![(0u32, true); n]; n];
    let mut marked = vec![vec![false; n]; n];
    for c in &d.cells {
        if let Some(cell) = g.get_mut(c.row).and_then(|r| r.get_mut(c.col)) {
            cell.0 = cell.0.saturating_add(c.imports);
            cell.1 &= c.weak;
            marked[c.row][c.col] = true;
        }
    }
    for (row, marks) in g.iter_mut().zip(marked) {
        for (cell, marked) in row.iter_mut().zip(marks) {
            cell.1 &= marked;
        }
    }
    g
}

/// Everything the domain analysis shows.
#[component]
fn Analysis(
    /// The engine's analysis of the map.
    d: DomainAnalysis,
) -> impl IntoView {
    let names = names(&d);
    let cat = use_store().catalogue();
    let (t, p) = (&cat.texts, &cat.texts.page);
    let n = d.order.len();
    let coupled: Vec<&Vec<u32>> = d.clusters.iter().filter(|c| c.len() > 1).collect();
    let clusters_text = if coupled.is_empty() {
        p.none_move_alone.text()
    } else {
        let mut parts: Vec<String> =
            coupled.iter().take(MAX_LISTED).map(|c| join(&names, c, " + ", p)).collect();
        if coupled.len() > MAX_LISTED {
            parts.push(p.and_more.render(&[("n", &(coupled.len() - MAX_LISTED).to_string())]));
        }
        parts.join("; ")
    };
    let chain = if d.longest_sync_chain.len() < 2 {
        p.no_sync_calls.text()
    } else {
        p.chain_value.render(&[
            ("chain", &join(&names, &d.longest_sync_chain, " → ", p)),
            ("hops", &t.nouns.hop.count(d.chain_hops)),
        ])
    };
    let cycles = if d.cycles.is_empty() {
        p.none.text()
    } else {
        d.cycles.iter().map(|c| join(&names, c, ", ", p)).collect::<Vec<_>>().join("; ")
    };
    let list_or_none =
        |ids: &[u32]| if ids.is_empty() { p.none.text() } else { join(&names, ids, ", ", p) };
    let shared = list_or_none(&d.shared_writers);
    let unowned = list_or_none(&d.unowned);
    let name = |id: &u32| t.quoted(&names.get(id).cloned().unwrap_or_default());
    let stray: Vec<String> = d
        .stray
        .iter()
        .map(|s| {
            p.stray_item.render(&[
                ("from", &name(&s.from)),
                ("to", &name(&s.to)),
                ("imports", &t.nouns.import.count(s.imports)),
                ("back", &crate::app::validate::thousands(s.back)),
            ])
        })
        .collect();

    view! {
        <div data-testid="dsm">
            <p data-testid="dsm-summary">
                {crate::engine::findings::clusters_phrase(&d, t)}
                {format!(". {}", p.read_rows.text())}
            </p>
            {if n <= MAX_GRID {
                view! { <Grid d=d.clone()/> }.into_any()
            } else {
                view! { <Counts d=d.clone()/> }.into_any()
            }}
            <dl class="facts" data-testid="dsm-facts">
                <div class="fact">
                    <dt>{p.move_together.text()}</dt>
                    <dd data-testid="dsm-clusters">{clusters_text}</dd>
                </div>
                <div class="fact">
                    <dt>{p.longest_chain.text()}</dt>
                    <dd data-testid="dsm-chain">{chain}</dd>
                </div>
                <div class="fact">
                    <dt>{p.call_cycles.text()}</dt>
                    <dd data-testid="dsm-cycles">{cycles}</dd>
                </div>
                <div class="fact">
                    <dt>{p.shared_writers.text()}</dt>
                    <dd data-testid="dsm-shared">{shared}</dd>
                </div>
                <div class="fact">
                    <dt>{p.unowned.text()}</dt>
                    <dd data-testid="dsm-unowned">{unowned}</dd>
                </div>
                {(!stray.is_empty()).then(|| view! {
                    <div class="fact">
                        <dt>{p.stray_imports.text()}</dt>
                        <dd data-testid="dsm-stray">{stray.join("; ")}</dd>
                    </div>
                })}
            </dl>
            {(!d.ignored.is_empty()).then(|| view! {
                <div class="callout callout-warning" data-testid="dsm-ignored">
                    <h3 class="callout-heading">
                        <span class="callout-icon" aria-hidden="true">"!"</span>
                        {format!(" {}", p.left_out.text())}
                    </h3>
                    <ul>{d.ignored.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                </div>
            })}
        </div>
    }
}

/// The key to the grid's letters and shading.
#[component]
fn Legend(
    /// The map counts imports.
    counted: bool,
    /// A stray import is on the map.
    weak: bool,
) -> impl IntoView {
    let p = page();
    view! {
        <p class="dsm-legend-title">{p.matrix_key.text()}</p>
        <ul class="dsm-legend">
            {[CellKind::Sync, CellKind::Async, CellKind::SharedRead, CellKind::SharedWrite]
                .into_iter()
                .map(|k| {
                    let (letter, meaning) = kind_words(k, &p);
                    view! {
                        <li><span class="dsm-key" aria-hidden="true">{letter}</span> " " {meaning}</li>
                    }
                })
                .collect_view()}
            <li><span class="dsm-key dsm-key-cluster" aria-hidden="true"></span> " " {p.key_cluster.text()}</li>
            <li><span class="dsm-key dsm-key-diagonal" aria-hidden="true"></span> " " {p.key_diagonal.text()}</li>
            {counted.then(|| view! {
                <li><span class="dsm-key" aria-hidden="true"><span class="dsm-count">"9"</span></span> " " {p.key_imports.text()}</li>
            })}
            {weak.then(|| view! {
                <li><span class="dsm-key is-weak" aria-hidden="true">{p.letter_sync.text()}</span> " " {p.key_weak.text()}</li>
            })}
        </ul>
    }
}

/// The matrix as a table, clusters side by side and framed.
#[component]
fn Grid(
    /// The engine's analysis of the map (at most [`MAX_GRID`] modules).
    d: DomainAnalysis,
) -> impl IntoView {
    let n = d.order.len().min(d.labels.len());
    let marks = grid(n, &d);
    let weights = counts(n, &d);
    let counted = d.cells.iter().any(|c| c.imports > 0);
    let any_weak = d.cells.iter().any(|c| c.weak);
    let nouns = use_store().catalogue().texts.nouns.clone();
    let groups = dsm_groups(&d.order[..n], &d.clusters);
    let starts = cluster_edges(&groups);
    let sizes: HashMap<usize, usize> = groups.iter().fold(HashMap::new(), |mut m, g| {
        *m.entry(*g).or_insert(0) += 1;
        m
    });
    let labels = d.labels[..n].to_vec();
    let p = page();
    let and = format!(" {} ", p.cell_and.text());

    let header = labels
        .iter()
        .enumerate()
        .map(|(j, name)| {
            view! {
                <th scope="col" class="dsm-col" class:group-left=starts[j]>
                    <span aria-hidden="true">{j + 1}</span>
                    <span class="visually-hidden">{name.clone()}</span>
                </th>
            }
        })
        .collect_view();
    let body = marks
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(j, kinds)| {
                    let (imports, weak) = weights[i][j];
                    let clustered = groups[i] == groups[j] && sizes.get(&groups[i]).copied().unwrap_or(0) > 1;
                    let letters: String = kinds.iter().map(|k| kind_words(*k, &p).0).collect();
                    let mut meaning =
                        kinds.iter().map(|k| kind_words(*k, &p).1).collect::<Vec<_>>().join(&and);
                    if imports > 0 {
                        meaning.push_str(&p.cell_imports.render(&[("imports", &nouns.import.count(imports))]));
                    }
                    if weak && !kinds.is_empty() {
                        meaning.push_str(&p.cell_weak.text());
                    }
                    view! {
                        <td
                            class="dsm-cell"
                            class:is-diagonal=i == j
                            class:in-cluster=clustered
                            class:group-top=starts[i]
                            class:group-left=starts[j]
                            class:is-weak=weak && !kinds.is_empty()
                        >
                            {(!kinds.is_empty()).then(|| view! {
                                <span aria-hidden="true">{letters}</span>
                                {(imports > 0).then(|| view! {
                                    <span class="dsm-count" aria-hidden="true">{crate::app::validate::thousands(imports)}</span>
                                })}
                                <span class="visually-hidden">{meaning}</span>
                            })}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row" class="dsm-row" class:group-top=starts[i]>
                        <span class="dsm-num" aria-hidden="true">{i + 1}</span> " " {labels[i].clone()}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();

    view! {
        <Legend counted=counted weak=any_weak/>
        <ScrollRegion label=p.dsm_label.text()>
            <table class="dsm-grid">
                <caption class="table-caption">{p.dsm_caption.text()}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="dsm-corner">{p.dsm_module.text()}</th>
                        {header}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </ScrollRegion>
    }
}

/// The matrix in numbers, for maps too large to draw.
#[component]
fn Counts(
    /// The engine's analysis of the map.
    d: DomainAnalysis,
) -> impl IntoView {
    let count = |kind: CellKind| d.cells.iter().filter(|c| c.kind == kind).count() as u32;
    let largest = d.clusters.iter().map(Vec::len).max().unwrap_or(0) as u32;
    let cat = use_store().catalogue();
    let (t, p) = (&cat.texts, &cat.texts.page);
    view! {
        <p data-testid="dsm-too-large">{p.dsm_too_large.render(&[("max", &MAX_GRID.to_string())])}</p>
        <ul>
            {[CellKind::Sync, CellKind::Async, CellKind::SharedRead, CellKind::SharedWrite]
                .into_iter()
                .map(|k| {
                    let (_, meaning) = kind_words(k, p);
                    let line = p.kind_count.render(&[
                        ("kind", &format::capitalise(&meaning)),
                        ("n", &count(k).to_string()),
                    ]);
                    view! { <li>{line}</li> }
                })
                .collect_view()}
            <li>{p.largest_cluster.render(&[("modules", &t.nouns.module.count(largest))])}</li>
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::DsmCell;

    fn analysis() -> DomainAnalysis {
        DomainAnalysis {
            order: vec![3, 1, 2],
            labels: vec!["C".into(), "A".into(), "B".into()],
            cells: vec![
                DsmCell { row: 0, col: 1, kind: CellKind::Async, imports: 0, weak: false },
                DsmCell { row: 0, col: 1, kind: CellKind::Sync, imports: 0, weak: false },
                DsmCell { row: 0, col: 1, kind: CellKind::Sync, imports: 0, weak: false },
                DsmCell { row: 2, col: 9, kind: CellKind::Sync, imports: 0, weak: false },
            ],
            clusters: vec![vec![3], vec![1, 2]],
            longest_sync_chain: vec![3, 1],
            chain_hops: 1,
            cycles: vec![],
            shared_writers: vec![],
            unowned: vec![],
            hot: vec![],
            median_load: 1.0,
            ignored: vec![],
            stray: vec![],
        }
    }

    #[test]
    fn counted_imports_add_up_per_cell_and_only_stray_marks_fade() {
        let mut d = analysis();
        d.cells = vec![
            DsmCell { row: 0, col: 1, kind: CellKind::Sync, imports: 40, weak: false },
            DsmCell { row: 0, col: 1, kind: CellKind::Async, imports: 2, weak: false },
            DsmCell { row: 1, col: 0, kind: CellKind::Sync, imports: 1, weak: true },
            DsmCell { row: 2, col: 1, kind: CellKind::Sync, imports: 0, weak: false },
            DsmCell { row: 2, col: 9, kind: CellKind::Sync, imports: 7, weak: true },
        ];
        let c = counts(3, &d);
        assert_eq!(c[0][1], (42, false));
        assert_eq!(c[1][0], (1, true), "only a stray import: faded");
        assert_eq!(c[2][1], (0, false), "typed by hand: no number, not faded");
        assert_eq!(c[1][1], (0, false), "an empty cell is not faded");
    }

    #[test]
    fn the_grid_merges_marks_per_cell_and_drops_strays() {
        let d = analysis();
        let g = grid(3, &d);
        assert_eq!(g[0][1], vec![CellKind::Sync, CellKind::Async]);
        assert!(g[2].iter().all(Vec::is_empty), "a mark outside the matrix is dropped");
        let p = PageTexts::default();
        let letters: String = g[0][1].iter().map(|k| kind_words(*k, &p).0).collect();
        assert_eq!(letters, "SA");
    }

    #[test]
    fn names_follow_the_order() {
        let d = analysis();
        let n = names(&d);
        let p = PageTexts::default();
        assert_eq!(join(&n, &d.longest_sync_chain, " → ", &p), "C → A");
        assert_eq!(join(&n, &[7], ", ", &p), "Module 7");
    }
}
