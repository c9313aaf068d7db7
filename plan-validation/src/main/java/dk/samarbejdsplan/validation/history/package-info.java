/**
 * The rules across a district's plans of several years ({@code VAL-5xx} in {@code plan-validation/RULES.md}):
 * {@link dk.samarbejdsplan.validation.history.HistoryValidator} checks a
 * {@link dk.samarbejdsplan.model.history.PlanHistory}, or one new plan against the earlier plans an embedding
 * system keeps itself. The single-plan rules stay with {@link dk.samarbejdsplan.validation.PlanValidator}.
 */
package dk.samarbejdsplan.validation.history;
