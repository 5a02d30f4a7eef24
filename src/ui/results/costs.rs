//! The cost of going distributed: the headline numbers, then the monolith against the
//! recommended shape, row by row.

use leptos::prelude::*;

use super::{format, page, part, ResultSection, ScrollRegion};
use crate::app::use_store;

/// The costs section (`data-testid="costs"`).
#[component]
pub fn CostsSection() -> impl IntoView {
    let costs = part(|e| e.costs.clone());
    let cat = use_store().catalogue();
    view! {
        <ResultSection id="results-costs" testid="costs" finding=part(|e| e.findings.costs.clone())>
            {move || {
                let c = costs.get();
                let (t, p) = (&cat.texts, page());
                // A function, not a view: each place that shows the tag builds its own.
                let estimated = c.estimated;
                let tag = p.estimate.text();
                let estimate = move || estimated.then(|| view! { " " <span class="tag">{tag.clone()}</span> });
                view! {
                    <p data-testid="costs-basis">{c.basis.clone()}</p>
                    <dl class="figures">
                        <div class="figure">
                            <dt>{p.latency.text()}</dt>
                            <dd>
                                <span class="figure-value" data-testid="cost-latency">
                                    {t.ms(c.latency_ms.0, c.latency_ms.1)}
                                </span>
                                <span class="figure-detail">
                                    {p.latency_hops.render(&[("hops", &t.nouns.network_hop.count(c.hops))])}
                                    {estimate()}
                                </span>
                            </dd>
                        </div>
                        {(c.all_split_hops > c.hops).then(|| view! {
                            <div class="figure">
                                <dt>{p.all_split.text()}</dt>
                                <dd>
                                    <span class="figure-value" data-testid="cost-all-split-latency">
                                        {t.ms(c.all_split_latency_ms.0, c.all_split_latency_ms.1)}
                                    </span>
                                    <span class="figure-detail">
                                        {t.nouns.network_hop.count(c.all_split_hops)}
                                    </span>
                                </dd>
                            </div>
                        })}
                        <div class="figure">
                            <dt>{p.chain_availability.text()}</dt>
                            <dd>
                                <span class="figure-value" data-testid="cost-availability">
                                    {format::percent(c.chain_availability)}
                                </span>
                                <span class="figure-detail">{p.all_up.text()} {estimate}</span>
                            </dd>
                        </div>
                        <div class="figure">
                            <dt>{p.deployment_units.text()}</dt>
                            <dd>
                                <span class="figure-value" data-testid="cost-units">{c.deployment_units}</span>
                                <span class="figure-detail">{c.units_detail.clone()}</span>
                            </dd>
                        </div>
                        <div class="figure">
                            <dt>{p.ops_needed.text()}</dt>
                            <dd>
                                <span class="figure-value" data-testid="cost-ops">
                                    {t.span(c.ops_headcount.0, c.ops_headcount.1)}
                                </span>
                                <span class="figure-detail">{p.run_shape.text()}</span>
                            </dd>
                        </div>
                    </dl>
                    <ScrollRegion label=p.costs_compared.text()>
                        <table class="table table-wide" data-testid="cost-rows">
                            <caption class="table-caption">{p.costs_caption.render(&[("today", &c.columns.0), ("shape", &c.columns.1.to_lowercase())])}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{p.category.text()}</th>
                                    <th scope="col">{c.columns.0.clone()}</th>
                                    <th scope="col">{c.columns.1.clone()}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {c.rows.into_iter().map(|r| view! {
                                    <tr>
                                        <th scope="row">{r.category}</th>
                                        <td>{r.monolith}</td>
                                        <td>{r.distributed}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </ScrollRegion>
                }
            }}
        </ResultSection>
    }
}
