package dk.samarbejdsplan.validation.internal;

import dk.samarbejdsplan.model.Forum;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@link ConsistentInterfaces}: {@link Rule#INTERFACE_SELF}, {@link Rule#INTERFACE_DUPLICATE}, each
 * reported on the interface itself ({@code interfaces[i]}).
 */
public final class ConsistentInterfacesValidator implements ConstraintValidator<ConsistentInterfaces, Forum> {

    @Override
    public boolean isValid(Forum forum, ConstraintValidatorContext context) {
        if (forum == null) {
            return true;
        }
        boolean valid = true;
        List<String> interfaces = forum.interfaces();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < interfaces.size(); i++) {
            String id = interfaces.get(i);
            Rule rule = null;
            if (!seen.add(id)) {
                rule = Rule.INTERFACE_DUPLICATE;
            } else if (!id.isBlank() && id.equals(forum.id())) {
                rule = Rule.INTERFACE_SELF;
            }
            if (rule != null) {
                Violations.report(context, rule, Params.of("id", id))
                        .addPropertyNode("interfaces")
                        .addContainerElementNode("<list element>", List.class, 0).inIterable().atIndex(i)
                        .addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }
}
