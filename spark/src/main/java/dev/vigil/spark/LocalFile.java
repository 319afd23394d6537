package dev.vigil.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A video (or a bundle) as a local file, which is what FFmpeg and the bundle reader read: a local path as it is, anything else ({@code hdfs://},
 * {@code s3a://}) copied to the executor's temporary folder for as long as a task needs it and deleted after.
 */
final class LocalFile implements AutoCloseable {

    private final Path file;
    private final Path copyFolder;

    private LocalFile(Path file, Path copyFolder) {
        this.file = file;
        this.copyFolder = copyFolder;
    }

    /** @throws IOException naming the video and the reason when it cannot be reached */
    static LocalFile of(String uri, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs;
        try {
            fs = path.getFileSystem(conf);
        } catch (IOException e) {
            throw new IOException(uri + ": cannot reach its file system (" + e.getMessage() + ")", e);
        }
        if (fs instanceof LocalFileSystem) {
            return new LocalFile(Path.of(fs.makeQualified(path).toUri()), null);
        }
        Path folder = Files.createTempDirectory("vigil-file");
        Path copy = folder.resolve(path.getName());
        try {
            fs.copyToLocalFile(false, path, new org.apache.hadoop.fs.Path(copy.toUri()), true);
            return new LocalFile(copy, folder);
        } catch (IOException e) {
            delete(folder);
            throw new IOException(uri + ": cannot copy it to this machine (" + e.getMessage() + ")", e);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        if (copyFolder != null) {
            delete(copyFolder);
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is the executor's to clean up
        }
    }
}
