package dev.vigil.dataset;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupingRuleTest {

    @Test
    void globMatchesWholeNamesWithStarAndQuestionMarkAndTakesEverythingElseLiterally() {
        GroupingRule golf = GroupingRule.parse("Golf-Swing-*=Golf-Swing");
        assertTrue(golf.matches("Golf-Swing-Back"));
        assertTrue(golf.matches("Golf-Swing-"));
        assertFalse(golf.matches("Golf-Swing"));
        assertFalse(golf.matches("golf-swing-back"), "matching is case-sensitive");
        assertFalse(golf.matches("Mini-Golf-Swing-Back"), "the whole name must match");

        GroupingRule dotted = new GroupingRule("a.b?", "x");
        assertTrue(dotted.matches("a.bc"));
        assertFalse(dotted.matches("axbc"), "a dot in a glob is a dot");
    }

    @Test
    void regexRulesAndTheFirstMatchingRuleWins() {
        List<GroupingRule> rules = List.of(GroupingRule.parse("regex:Kick(ing)?-.*=Kicking"),
                GroupingRule.parse("*-Front=Front"));
        assertEquals("Kicking", GroupingRule.group(rules, "Kicking-Front"));
        assertEquals("Kicking", GroupingRule.group(rules, "Kick-Side"));
        assertEquals("Front", GroupingRule.group(rules, "Walk-Front"));
        assertEquals("Run", GroupingRule.group(rules, "Run"), "a class no rule matches keeps its name");
    }

    @Test
    void badRulesSayWhatIsWrong() {
        InvalidConfigException noEquals = assertThrows(InvalidConfigException.class,
                () -> GroupingRule.parse("Golf-Swing-*"));
        assertEquals("grouping rule 'Golf-Swing-*': expected PATTERN=TARGET, e.g. 'Golf-Swing-*=Golf-Swing'",
                noEquals.getMessage());
        InvalidConfigException badRegex = assertThrows(InvalidConfigException.class,
                () -> GroupingRule.parse("regex:Kick[=Kicking"));
        assertTrue(badRegex.getMessage().startsWith("grouping rule 'regex:Kick[=Kicking': not a valid regular"
                + " expression"), badRegex.getMessage());
        assertEquals(List.of("grouping rule '=Golf': the pattern is empty"), new GroupingRule("", "Golf").problems());
        assertEquals(List.of("grouping rule 'Golf-*=': the target class is empty"),
                new GroupingRule("Golf-*", " ").problems().stream().map(p -> p.replace("= ", "=")).toList());
    }
}
