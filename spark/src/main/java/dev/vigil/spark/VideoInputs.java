package dev.vigil.spark;

import dev.vigil.dataset.VideoFiles;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The videos of an archive, read through Hadoop's FileSystem so that a folder or a list may live on HDFS or S3 as
 * well as on a local disk: every video file under a folder (by extension, as {@code vigil score} picks them), or
 * the paths or URIs of a text file, one a line ({@code #} starts a comment; a relative path is taken from the
 * list's folder).
 */
public final class VideoInputs {

    private VideoInputs() {
    }

    /**
     * @param where a folder or a text file
     * @throws IOException naming {@code where} and the reason when it cannot be read or holds no video
     */
    public static List<VideoInput> list(String where, Configuration conf) throws IOException {
        Path path = new Path(where);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status;
        try {
            status = fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            throw new IOException("videos " + where + ": no such file or folder", e);
        }
        List<VideoInput> videos = status.isDirectory() ? folder(fs, status.getPath()) : listFile(fs, status.getPath(), conf);
        if (videos.isEmpty()) {
            throw new IOException("videos " + where + ": no video " + (status.isDirectory() ? "file in it (extensions: "
                    + VideoFiles.extensionList() + ")" : "listed in it"));
        }
        return videos;
    }

    private static List<VideoInput> folder(FileSystem fs, Path root) throws IOException {
        String prefix = root.toUri().getPath().replaceAll("/+$", "") + "/";
        List<LocatedFileStatus> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus file = it.next();
            if (file.isFile() && VideoFiles.isVideo(file.getPath().getName()) && !inIgnoredFolder(file, prefix)) {
                files.add(file);
            }
        }
        files.sort(Comparator.comparing(f -> f.getPath().toString()));
        List<VideoInput> videos = new ArrayList<>();
        for (LocatedFileStatus file : files) {
            String name = file.getPath().toUri().getPath().substring(prefix.length());
            videos.add(new VideoInput(name, file.getPath().toString()));
        }
        return videos;
    }

    private static boolean inIgnoredFolder(LocatedFileStatus file, String prefix) {
        String relative = file.getPath().toUri().getPath().substring(prefix.length());
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (VideoFiles.isIgnoredFolder(parts[i])) {
                return true;
            }
        }
        return false;
    }

    private static List<VideoInput> listFile(FileSystem fs, Path list, Configuration conf) throws IOException {
        // a video listed twice is scored once, under its first line
        Map<String, VideoInput> videos = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(fs.open(list), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                Path video = new Path(entry);
                Path resolved = video.isAbsoluteAndSchemeAuthorityNull() || video.toUri().getScheme() != null
                        ? video : new Path(list.getParent(), entry);
                String uri = resolved.getFileSystem(conf).makeQualified(resolved).toString();
                videos.putIfAbsent(uri, new VideoInput(entry, uri));
            }
        }
        return new ArrayList<>(videos.values());
    }
}
