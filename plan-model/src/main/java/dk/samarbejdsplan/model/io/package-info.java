/**
 * The plan file format (<i>planfilen</i>): YAML for the people who edit a plan, JSON for the systems that
 * exchange it, one structure for both.
 *
 * <ul>
 * <li>{@link dk.samarbejdsplan.model.io.PlanReader} reads a file, a stream or a string into a
 *     {@link dk.samarbejdsplan.model.io.PlanDocument}: the plan and a
 *     {@link dk.samarbejdsplan.model.io.SourceMap} of where each element was written. Every problem is a
 *     {@link dk.samarbejdsplan.model.io.PlanProblem} with a stable code ({@code PLAN-READ-001} ...), the file,
 *     line and column, the plan path and what was expected, in Danish and English.</li>
 * <li>{@link dk.samarbejdsplan.model.io.PlanWriter} writes a plan deterministically, in either notation.</li>
 * <li>The JSON Schema (draft 2020-12) of the format is published in this module as the resource
 *     {@code dk/samarbejdsplan/model/io/samarbejdsplan-plan.schema.json}.</li>
 * </ul>
 *
 * <p>The keys are the record components of {@code dk.samarbejdsplan.model}; a plan path names an element with
 * those names and 0-based indexes, {@code categories[3].forums[2].frequency}, as Jakarta Bean Validation does.
 * A short plan file:
 * <pre>
 * formatVersion: 1
 * district: {name: Midt- og Vestsjællands Politi, code: "1467"}
 * year: 2007
 * status: adopted
 * categories:
 *   - id: kontakt-med-lokalsamfundet
 *     title: Kontakt med lokalsamfundet m.v.
 *     forums:
 *       - id: kredsraadet
 *         name: Kredsrådet for Midt- og Vestsjællands Politi
 *         topic: Almindelige spørgsmål vedrørende politiets virksomhed i kredsen m.v.
 *         representatives: [Politidirektøren, borgmestrene i politikredsens kommuner]
 *         frequency: Min. 4
 * </pre>
 */
package dk.samarbejdsplan.model.io;
