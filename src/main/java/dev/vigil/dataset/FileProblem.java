package dev.vigil.dataset;

/**
 * A file or folder that did not become part of the prepared dataset, and why: a clip that is not a usable video or
 * too short, a folder that cannot be read, a symbolic link loop, a video outside any class folder, a manifest row
 * that repeats an earlier one.
 *
 * @param path   the file or folder, relative to the dataset folder where possible, with forward slashes
 * @param reason what is wrong, in plain words
 */
public record FileProblem(String path, String reason) {

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
