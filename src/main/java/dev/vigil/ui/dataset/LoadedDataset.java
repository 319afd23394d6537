package dev.vigil.ui.dataset;

import dev.vigil.dataset.Dataset;

import java.util.List;

/**
 * What opening a dataset gives: the table's rows, and the dataset record when a manifest gave splits.
 *
 * @param rows    one row per clip (augmented views of a manifest left out)
 * @param dataset the manifest's dataset, or null for a folder not yet prepared
 */
record LoadedDataset(List<ClipRow> rows, Dataset dataset) {
}
