/**
 * A district's plans across the years (<i>samarbejdsplanerne år for år</i>): {@link
 * dk.samarbejdsplan.model.history.PlanHistory} holds the plans of one district, each year with its editions, and
 * knows which edition is a year's current one; {@link dk.samarbejdsplan.model.history.PlanHistoryReader} reads a
 * folder of plan files into one. The rules across years are in {@code plan-validation}
 * ({@code HistoryValidator}).
 */
package dk.samarbejdsplan.model.history;
