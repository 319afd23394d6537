package dev.vigil.spark;

import java.io.Serializable;

/**
 * One video of an archive.
 *
 * @param name the name every output row carries (its path relative to the input folder, or the line of the list)
 * @param uri  where executors read it, through Hadoop's FileSystem: a local path, {@code hdfs://}, {@code s3a://}
 */
public record VideoInput(String name, String uri) implements Serializable {

    /** The path as {@code vigil score} prints it: a local file's absolute path, anything else its URI. */
    public String path() {
        if (uri.startsWith("file:")) {
            return java.nio.file.Path.of(java.net.URI.create(uri)).toString();
        }
        return uri;
    }
}
