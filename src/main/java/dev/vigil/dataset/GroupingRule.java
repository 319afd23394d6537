package dev.vigil.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Puts source classes into one class, e.g. every {@code Golf-Swing-*} class into {@code Golf-Swing}. The pattern
 * is a glob ({@code *} any run of characters, {@code ?} one character, everything else literal) or, written as
 * {@code regex:...}, a Java regular expression; either must match the whole class name, case-sensitively.
 *
 * @param pattern the glob, or {@code regex:} followed by a regular expression
 * @param target  the class the matching source classes become
 */
public record GroupingRule(String pattern, String target) {

    public static final String REGEX_PREFIX = "regex:";

    /** Reads {@code PATTERN=TARGET}, as the command line takes it. */
    public static GroupingRule parse(String text) {
        int eq = text.lastIndexOf('=');
        if (eq < 0) {
            throw new InvalidConfigException(List.of("grouping rule '" + text
                    + "': expected PATTERN=TARGET, e.g. 'Golf-Swing-*=Golf-Swing'"));
        }
        GroupingRule rule = new GroupingRule(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
        List<String> problems = rule.problems();
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return rule;
    }

    /** What is wrong with this rule; empty when it can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (pattern == null || pattern.isBlank() || pattern.equals(REGEX_PREFIX)) {
            problems.add("grouping rule '" + this + "': the pattern is empty");
        } else if (isRegex()) {
            try {
                Pattern.compile(pattern.substring(REGEX_PREFIX.length()));
            } catch (PatternSyntaxException e) {
                problems.add("grouping rule '" + this + "': not a valid regular expression ("
                        + e.getDescription() + " near index " + e.getIndex() + ")");
            }
        }
        if (target == null || target.isBlank()) {
            problems.add("grouping rule '" + this + "': the target class is empty");
        }
        return problems;
    }

    public boolean isRegex() {
        return pattern != null && pattern.startsWith(REGEX_PREFIX);
    }

    /** True when the rule takes this source class. */
    public boolean matches(String sourceClass) {
        return compiled().matcher(sourceClass).matches();
    }

    private Pattern compiled() {
        if (isRegex()) {
            return Pattern.compile(pattern.substring(REGEX_PREFIX.length()));
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch == '*' || ch == '?') {
                regex.append(Pattern.quote(literal.toString())).append(ch == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(ch);
            }
        }
        return Pattern.compile(regex.append(Pattern.quote(literal.toString())).toString());
    }

    /** The class a source class belongs to under {@code rules}: the first rule that matches wins. */
    public static String group(List<GroupingRule> rules, String sourceClass) {
        for (GroupingRule rule : rules) {
            if (rule.matches(sourceClass)) {
                return rule.target();
            }
        }
        return sourceClass;
    }

    @Override
    public String toString() {
        return pattern + "=" + target;
    }
}
