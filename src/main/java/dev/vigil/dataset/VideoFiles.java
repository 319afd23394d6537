package dev.vigil.dataset;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which files a folder import looks at. A file counts as a clip when its extension is one of {@link #EXTENSIONS}
 * (any case); everything else (images, notes, subtitles) is passed over without a word, as are hidden files and
 * folders (names starting with a dot, which also covers macOS {@code ._clip.mp4} resource forks and
 * {@code .DS_Store}) and the folders operating systems and NAS boxes leave behind.
 */
public final class VideoFiles {

    /** Extensions of the containers FFmpeg reads that cameras, phones and datasets commonly use. */
    public static final Set<String> EXTENSIONS = Set.copyOf(new TreeSet<>(Set.of(
            "3g2", "3gp", "asf", "avi", "dv", "f4v", "flv", "m2ts", "m2v", "m4v", "mkv", "mov", "mp4", "mpeg",
            "mpg", "mts", "mxf", "ogv", "ts", "vob", "webm", "wmv", "y4m")));

    private static final Set<String> JUNK_FOLDERS = Set.of("__MACOSX", "@eaDir", "$RECYCLE.BIN",
            "System Volume Information");

    private VideoFiles() {
    }

    /** True when the file name has a video extension (and is not hidden). */
    public static boolean isVideo(String fileName) {
        if (isHidden(fileName)) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** True for folders an import never enters: hidden ones and those that operating systems create. */
    public static boolean isIgnoredFolder(String folderName) {
        return isHidden(folderName) || JUNK_FOLDERS.contains(folderName);
    }

    /** The sorted extension list, for help texts: "3g2, 3gp, asf, ...". */
    public static String extensionList() {
        return String.join(", ", new TreeSet<>(EXTENSIONS));
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }
}
