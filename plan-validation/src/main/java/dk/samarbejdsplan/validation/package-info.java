/**
 * Validation of cooperation plans: {@link dk.samarbejdsplan.validation.PlanValidator} returns a
 * {@link dk.samarbejdsplan.validation.ValidationReport} of {@link dk.samarbejdsplan.validation.Finding}s,
 * each with a {@link dk.samarbejdsplan.validation.Severity}, a stable code, the plan path of the element, its
 * file location where known, and its message in Danish and English.
 */
package dk.samarbejdsplan.validation;
