package dk.samarbejdsplan.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan's forums and their categories by forum id, for many lookups: built once in time linear in the plan
 * ({@link #of(CooperationPlan)} or {@link CooperationPlan#index()}), then each {@link #forum(String)} and
 * {@link #categoryOf(String)} takes constant time, where {@link CooperationPlan#forum(String)} and
 * {@link CooperationPlan#categoryOf(String)} scan the plan on every call (a loop over the forums calling
 * them is quadratic).
 *
 * <p>It gives exactly what the plan's own methods give: the first forum with an id in plan order, and the
 * category holding that forum (the first category with a forum of that id).
 *
 * <p>Immutable and thread-safe: build one per plan and share it between threads. It holds the plan (which is
 * immutable too) and two hash maps that are never changed after construction.
 */
public final class PlanIndex {
    private final CooperationPlan plan;
    private final Map<String, Forum> forums;
    private final Map<String, Category> categories;

    private PlanIndex(CooperationPlan plan) {
        this.plan = plan;
        int capacity = 16;
        for (Category category : plan.categories()) {
            capacity += category.forums().size();
        }
        Map<String, Forum> forumsById = new HashMap<>(capacity * 4 / 3 + 1);
        Map<String, Category> categoriesByForum = new HashMap<>(capacity * 4 / 3 + 1);
        for (Category category : plan.categories()) {
            for (Forum forum : category.forums()) {
                if (forumsById.putIfAbsent(forum.id(), forum) == null) {
                    categoriesByForum.put(forum.id(), category);
                }
            }
        }
        this.forums = forumsById;
        this.categories = categoriesByForum;
    }

    /**
     * Indexes a plan's forums by id.
     *
     * @param plan the plan
     * @return the index
     */
    public static PlanIndex of(CooperationPlan plan) {
        return new PlanIndex(Objects.requireNonNull(plan, "plan"));
    }

    /** @return the indexed plan */
    public CooperationPlan plan() {
        return plan;
    }

    /**
     * The forum with an id; the same as {@link CooperationPlan#forum(String)}, in constant time.
     *
     * @param id the forum id
     * @return the first forum with that id, if any
     */
    public Optional<Forum> forum(String id) {
        return Optional.ofNullable(forums.get(id));
    }

    /**
     * The category holding a forum; the same as {@link CooperationPlan#categoryOf(String)}, in constant time.
     *
     * @param forumId the forum id
     * @return the first category with a forum of that id, if any
     */
    public Optional<Category> categoryOf(String forumId) {
        return Optional.ofNullable(categories.get(forumId));
    }

    /**
     * Whether the plan has a forum with an id.
     *
     * @param id the forum id
     * @return whether a forum has that id
     */
    public boolean contains(String id) {
        return forums.containsKey(id);
    }

    /** @return the number of distinct forum ids in the plan */
    public int size() {
        return forums.size();
    }
}
