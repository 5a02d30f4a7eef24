//! The cost of going distributed: the headline numbers, then the monolith against the
//! recommended shape, row by row.

use leptos::prelude::*;

use super::{format, part, ResultSection, ScrollRegion};

/// The costs section (`data-testid="costs"`).
#[component]
pub fn CostsSection() -> impl IntoView {
    let costs = part(|e| e.costs.clone());
    view! {
        <ResultSection id="results-costs" testid="costs" finding=part(|e| e.findings.costs.clone())>
            {move || {
                let c = costs.get();
                // A function, not a view: each place that shows the tag builds its own.
                let estimated = c.estimated;
                let estimate = move || estimated.then(|| view! { " " <span class="tag">"estimate"</span> });
                view! {
                    <p data-testid="costs-basis">{c.basis.clone()}</p>
                    <dl class="figures">
                        <div class="figure">
                            <dt>"Latency added on the longest synchronous chain"</dt>
                            <dd>
                                <span class="figure-value" data-testid="cost-latency">
                                    {format::range(c.latency_ms.0, c.latency_ms.1, "ms")}
                                </span>
                                <span class="figure-detail">
                                    {format!("{} across the new boundaries", format::count(c.hops, "network hop", "network hops"))}
                                    {estimate()}
                                </span>
                            </dd>
                        </div>
                        {(c.all_split_hops > c.hops).then(|| view! {
                            <div class="figure">
                                <dt>"If every module on that chain were a service"</dt>
                                <dd>
                                    <span class="figure-value" data-testid="cost-all-split-latency">
                                        {format::range(c.all_split_latency_ms.0, c.all_split_latency_ms.1, "ms")}
                                    </span>
                                    <span class="figure-detail">
                                        {format::count(c.all_split_hops, "network hop", "network hops")}
                                    </span>
                                </dd>
                            </div>
                        })}
                        <div class="figure">
                            <dt>"Availability of that chain"</dt>
                            <dd>
                                <span class="figure-value" data-testid="cost-availability">
                                    {format::percent(c.chain_availability)}
                                </span>
                                <span class="figure-detail">"every deployable on it must be up" {estimate}</span>
                            </dd>
                        </div>
                        <div class="figure">
                            <dt>"Deployment units"</dt>
                            <dd>
                                <span class="figure-value" data-testid="cost-units">{c.deployment_units}</span>
                                <span class="figure-detail">{c.units_detail.clone()}</span>
                            </dd>
                        </div>
                        <div class="figure">
                            <dt>"Operations people needed"</dt>
                            <dd>
                                <span class="figure-value" data-testid="cost-ops">
                                    {format::range(c.ops_headcount.0, c.ops_headcount.1, "")}
                                </span>
                                <span class="figure-detail">"to run that shape"</span>
                            </dd>
                        </div>
                    </dl>
                    <ScrollRegion label="Costs compared".to_string()>
                        <table class="table table-wide" data-testid="cost-rows">
                            <caption class="table-caption">{format!("{} against {}", c.columns.0, c.columns.1.to_lowercase())}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Category"</th>
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
