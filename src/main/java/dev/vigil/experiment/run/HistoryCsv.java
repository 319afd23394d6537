package dev.vigil.experiment.run;

import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;
import dev.vigil.training.EpochRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code history.csv}: one row per epoch, {@code epoch,learning_rate,train_loss,val_loss,elapsed_s}. */
public final class HistoryCsv {

    static final List<String> HEADER = List.of("epoch", "learning_rate", "train_loss", "val_loss", "elapsed_s");

    private HistoryCsv() {
    }

    public static void write(Path file, List<EpochRecord> history) throws IOException {
        StringBuilder out = new StringBuilder(Csv.line(HEADER));
        for (EpochRecord r : history) {
            out.append(Csv.line(Integer.toString(r.epoch()), Double.toString(r.learningRate()),
                    Double.toString(r.trainLoss()), Double.isNaN(r.validationLoss()) ? ""
                            : Double.toString(r.validationLoss()), Double.toString(r.elapsedSeconds())));
        }
        AtomicFiles.writeString(file, out.toString());
    }

    public static List<EpochRecord> read(Path file) throws IOException {
        List<List<String>> rows = Csv.read(file);
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new IOException("history " + file + ": header must be " + String.join(",", HEADER));
        }
        List<EpochRecord> history = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            try {
                if (row.size() != HEADER.size()) {
                    throw new IllegalArgumentException(row.size() + " columns, expected " + HEADER.size());
                }
                history.add(new EpochRecord(Integer.parseInt(row.get(0)), Double.parseDouble(row.get(1)),
                        Double.parseDouble(row.get(2)), row.get(3).isEmpty() ? Double.NaN
                        : Double.parseDouble(row.get(3)), Double.parseDouble(row.get(4))));
            } catch (IllegalArgumentException e) {
                throw new IOException("history " + file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return history;
    }
}
