package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.Category;
import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Forum;
import dk.samarbejdsplan.model.LocalUnit;
import dk.samarbejdsplan.model.Municipality;
import dk.samarbejdsplan.model.PoliceDistrict;
import dk.samarbejdsplan.model.Section;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.MinDef;
import org.hibernate.validator.cfg.defs.NotEmptyDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.hibernate.validator.spi.tracking.ProcessedBeansTrackingVoter;

/**
 * The constraints of the model, declared with Hibernate Validator's programmatic mapping API (the model
 * records carry no annotations), and the one {@link ValidatorFactory} built from them.
 *
 * <p>The factory is built once, on first use, and shared by every {@code PlanValidator} (a validator factory
 * is expensive to build and thread-safe to use). It is configured to do no more than the plan needs: it
 * reads no {@code META-INF/validation.xml}, finds Hibernate Validator without a service look-up, reads no
 * annotations from the model (it has none), reads the records through their public accessors (so the model opens
 * nothing to it), treats every property as traversable without probing for
 * Jakarta Persistence and caches no traversal answers, keeps no record of processed beans (the model is a
 * tree), and writes no messages: its interpolator returns the template (the rule's code), and
 * {@link MessageTemplates} writes each message afterwards in both languages, without Expression Language.
 * It sets no system property and leaves Hibernate Validator's logging backend (JBoss Logging's look-up) to
 * the application.
 */
public final class PlanConstraints {

    private static final AtomicInteger FACTORIES_BUILT = new AtomicInteger();

    /** Hibernate Validator's version banner logger (java.util.logging name). */
    private static final Logger VERSION_LOGGER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private PlanConstraints() {
    }

    /** The holder idiom: the factory is built when {@link #factory()} is first called, exactly once. */
    private static final class Holder {
        static final ValidatorFactory FACTORY = build();
    }

    /** @return the shared validator factory */
    public static ValidatorFactory factory() {
        return Holder.FACTORY;
    }

    /** @return how many validator factories this class has built (1 once it is in use; for tests) */
    public static int factoriesBuilt() {
        return FACTORIES_BUILT.get();
    }

    private static ValidatorFactory build() {
        FACTORIES_BUILT.incrementAndGet();
        quietVersionBanner();
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(TemplateOnly.INSTANCE)
                .traversableResolver(TraverseAll.INSTANCE)
                .enableTraversableResolverResultCache(false)
                .processedBeansTrackingVoter(TreeOfRecords.INSTANCE)
                .getterPropertySelectionStrategy(RecordAccessors.INSTANCE);
        configuration.addMapping(mapping(configuration.createConstraintMapping()));
        return configuration.buildValidatorFactory();
    }

    /**
     * Hibernate Validator logs its version at INFO level when it starts ("HV000001: Hibernate Validator
     * 9.1.6.Final"), which would end up on the standard error of every command-line tool that validates a
     * plan. When it logs through {@code java.util.logging} (its default) and the application has not set a
     * level for that logger, this sets it to WARNING. The logger is held so its level is not lost.
     */
    private static void quietVersionBanner() {
        if (VERSION_LOGGER.getLevel() == null) {
            VERSION_LOGGER.setLevel(Level.WARNING);
        }
    }

    /**
     * Declares the constraints: only constraints on single fields and objects. The plan cascades to its
     * district, a local unit to its municipality; no list is cascaded and no list element is constrained here:
     * {@link ValidationEngine} validates the plan, each section, category, forum and local unit in calls of
     * their own, and the rules on list elements are plain Java ({@link PlanChecks}, {@link TextChecks}). So
     * each call reports a handful of violations at most: Hibernate Validator's set of violations is quadratic
     * in the violations on one list (their paths hash alike), and its per-call bookkeeping stays as small as
     * one element instead of growing with the plan.
     *
     * @param mapping an empty mapping
     * @return the mapping
     */
    static ConstraintMapping mapping(ConstraintMapping mapping) {
        mapping.type(CooperationPlan.class).ignoreAnnotations(true)
                .constraint(new GenericConstraintDef<>(AdoptedPlanDiscussed.class))
                .getter("district").valid()
                .getter("year").constraint(new GenericConstraintDef<>(PlanYear.class))
                .getter("edition").constraint(new MinDef().value(1).message(Rule.EDITION_INVALID.template()))
                .getter("legalBasis").constraint(notBlank(Rule.LEGAL_BASIS_MISSING))
                .getter("title").constraint(notBlank(Rule.TITLE_MISSING))
                .getter("subtitle").containerElementType().constraint(notBlank(Rule.EMPTY_TEXT))
                // not cascaded: ValidationEngine validates each section and each category on its own
                .getter("categories").constraint(new NotEmptyDef().message(Rule.NO_CATEGORIES.template()));

        mapping.type(PoliceDistrict.class).ignoreAnnotations(true)
                .getter("name").constraint(notBlank(Rule.DISTRICT_NAME_MISSING))
                .getter("code").containerElementType()
                .constraint(new PatternDef().regexp("[0-9]{4}").message(Rule.DISTRICT_CODE_FORMAT.template()));

        mapping.type(Section.class).ignoreAnnotations(true)
                .getter("title").constraint(notBlank(Rule.SECTION_TITLE_MISSING));

        mapping.type(Category.class).ignoreAnnotations(true)
                .getter("id").constraint(notBlank(Rule.CATEGORY_ID_MISSING))
                .constraint(new GenericConstraintDef<>(Slug.class)
                        .message(Rule.CATEGORY_ID_FORMAT.template()).param("example", "beredskab"))
                .getter("title").constraint(notBlank(Rule.CATEGORY_TITLE_MISSING))
                // not cascaded: ValidationEngine validates each forum on its own
                .getter("forums").constraint(new NotEmptyDef().message(Rule.CATEGORY_EMPTY.template()));

        mapping.type(Forum.class).ignoreAnnotations(true)
                .getter("id").constraint(notBlank(Rule.FORUM_ID_MISSING))
                .constraint(new GenericConstraintDef<>(Slug.class)
                        .message(Rule.FORUM_ID_FORMAT.template()).param("example", "kontaktudvalget"))
                .getter("name").constraint(notBlank(Rule.FORUM_NAME_MISSING))
                .getter("topic").constraint(notBlank(Rule.FORUM_TOPIC_MISSING))
                .getter("representatives")
                .constraint(new NotEmptyDef().message(Rule.REPRESENTATIVES_MISSING.template()))
                .getter("frequency").constraint(new GenericConstraintDef<>(WellFormedFrequency.class))
                .getter("termsOfReference").containerElementType().constraint(notBlank(Rule.EMPTY_TEXT))
                .getter("actionPlan").containerElementType().constraint(notBlank(Rule.EMPTY_TEXT))
;
        // not cascaded to the local units: ValidationEngine validates each on its own

        mapping.type(LocalUnit.class).ignoreAnnotations(true)
                .getter("municipality").valid()
                .getter("actionPlan").containerElementType().constraint(notBlank(Rule.EMPTY_TEXT));

        mapping.type(Municipality.class).ignoreAnnotations(true)
                .getter("code").constraint(new PatternDef().regexp("[0-9]{3}")
                        .message(Rule.MUNICIPALITY_CODE_FORMAT.template()))
                .getter("name").constraint(notBlank(Rule.MUNICIPALITY_NAME_MISSING));
        return mapping;
    }

    private static GenericConstraintDef<NotBlankText> notBlank(Rule rule) {
        return new GenericConstraintDef<>(NotBlankText.class).message(rule.template());
    }

    /**
     * The properties of the model are its records' accessors ({@code name()}, not {@code getName()}): the
     * constraints are declared on them, and Hibernate Validator reads each value through its public accessor,
     * so the model need not open its packages to Hibernate Validator for reflective access to private fields.
     */
    private enum RecordAccessors implements GetterPropertySelectionStrategy {
        INSTANCE;

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            return executable.getParameterTypes().length == 0 && executable.getReturnType() != void.class
                    && !OBJECT_METHODS.contains(executable.getName())
                    ? Optional.of(executable.getName()) : Optional.empty();
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }

    /** Methods without parameters every object has: never properties. */
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass");

    /**
     * Every property may be traversed: the plan is plain data. Without this Hibernate Validator probes the
     * class path for Jakarta Persistence and, where it is present (an application embedding the library),
     * would ask it about every cascaded property and cache the answers per validation.
     */
    private enum TraverseAll implements TraversableResolver {
        INSTANCE;

        @Override
        public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, Path.Node traversableProperty,
                Class<?> rootBeanType, Path pathToTraversableObject, ElementType elementType) {
            return true;
        }
    }

    /**
     * The model is a tree of immutable records: no element can be reached again from below itself, so
     * Hibernate Validator need not remember which beans it has processed (its guard against cycles, a set
     * per validation that grows with the plan). Other classes keep the default.
     */
    private enum TreeOfRecords implements ProcessedBeansTrackingVoter {
        INSTANCE;

        @Override
        public Vote isEnabledForBean(Class<?> beanClass, boolean hasCascadables) {
            return beanClass.getModule() == CooperationPlan.class.getModule() && beanClass.isRecord()
                    ? Vote.NON_TRACKING : Vote.DEFAULT;
        }

        @Override
        public Vote isEnabledForReturnValue(Class<?> beanClass, String name, Class<?>[] parameterTypes,
                boolean hasCascadables) {
            return Vote.DEFAULT;
        }

        @Override
        public Vote isEnabledForParameters(Class<?> beanClass, String name, Class<?>[] parameterTypes,
                boolean hasCascadables) {
            return Vote.DEFAULT;
        }
    }

    /** Returns the template: the messages are written later, in both languages, by {@link FindingWriter}. */
    private enum TemplateOnly implements MessageInterpolator {
        INSTANCE;

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, java.util.Locale locale) {
            return messageTemplate;
        }
    }
}
