package dev.vigil.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code preparation.txt}, and the summary the command line prints: settings, counts per class and split as a
 * table, and every file that did not make it with the reason, each once.
 */
public final class PreparationText {

    private static final List<String> HEADER = List.of("class", "kind", "found", "kept", "dropped", "train", "val",
            "test", "anomaly", "train views", "val views");

    private PreparationText() {
    }

    /** The full report: the settings, then {@link #outcome}. */
    public static String report(Preparation preparation) {
        StringBuilder out = new StringBuilder("Vigil dataset preparation\n\n");
        PreparationConfig config = preparation.config();
        SourceDataset source = preparation.source();
        out.append("input      ").append(source.input().toString().replace('\\', '/'))
                .append(" (").append(source.kind().id()).append(")\n");
        out.append(String.format(Locale.ROOT, "split      train %s, val %s, test %s; seed %d\n",
                Numbers.plain(config.split().train()), Numbers.plain(config.split().val()),
                Numbers.plain(config.split().test()), config.seed()));
        out.append("minimum    ").append(Numbers.plain(config.minDurationSeconds())).append(" s\n");
        out.append("balance    train ").append(balance(config.balanceTrain())).append(", val ")
                .append(balance(config.balanceVal())).append('\n');
        out.append("grouping   ").append(config.grouping().isEmpty() ? "none" : config.grouping().stream()
                .map(GroupingRule::toString).collect(Collectors.joining(", "))).append('\n');
        out.append("anomalous  ").append(config.anomalousClasses().isEmpty() ? "none"
                : String.join(", ", config.anomalousClasses())).append("\n\n");
        return out.append(outcome(preparation)).toString();
    }

    /** What came out: {@link #summary}, then every dropped or skipped file with the reason, then the notes. */
    public static String outcome(Preparation preparation) {
        StringBuilder out = new StringBuilder(summary(preparation));
        List<FileProblem> problems = preparation.problems();
        out.append("\ndropped and skipped: ").append(problems.size()).append('\n');
        problems.forEach(p -> out.append("  ").append(p).append('\n'));
        if (!preparation.notes().isEmpty()) {
            out.append("\nnotes\n");
            preparation.notes().forEach(n -> out.append("  ").append(n).append('\n'));
        }
        return out.toString();
    }

    /** Totals and the table of counts per class and split. */
    public static String summary(Preparation preparation) {
        StringBuilder out = new StringBuilder();
        out.append("found ").append(preparation.clips().size()).append(" clip(s): kept ")
                .append(preparation.keptCount()).append(", dropped ").append(preparation.droppedCount())
                .append("; skipped ").append(preparation.source().skipped().size()).append(" other file(s)\n");
        out.append("manifest rows: ");
        for (Split split : Split.values()) {
            out.append(split.id()).append(' ').append(preparation.rows(split))
                    .append(split == Split.ANOMALY ? "\n\n" : ", ");
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ClassSummary c : preparation.classes()) {
            rows.add(List.of(c.className(), c.anomalous() ? "anomalous" : "normal", num(c.found()), num(c.kept()),
                    num(c.dropped()), num(c.clips(Split.TRAIN)), num(c.clips(Split.VAL)), num(c.clips(Split.TEST)),
                    num(c.clips(Split.ANOMALY)), num(c.views(Split.TRAIN)), num(c.views(Split.VAL))));
        }
        table(out, rows);
        return out.toString();
    }

    private static void table(StringBuilder out, List<List<String>> rows) {
        int[] widths = new int[HEADER.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                // Names to the left, numbers to the right, as in any spreadsheet.
                String padding = " ".repeat(widths[i] - cell.length());
                line.append(i < 2 ? cell + padding : padding + cell).append(i + 1 < row.size() ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String balance(int views) {
        return views == 0 ? "off" : views + " views per class";
    }

    private static String num(int value) {
        return Integer.toString(value);
    }
}
