/**
 * Internals of the plan file reader and writer: the small located tree the reader builds from Jackson's
 * streaming parsers, the mapping of that tree to the domain records, the problem messages, and the
 * YAML factory that exposes SnakeYAML Engine events. Not exported; not API.
 */
package dk.samarbejdsplan.model.io.internal;
