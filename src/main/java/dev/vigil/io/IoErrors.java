package dev.vigil.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Plain words for I/O failures. Java's file-system exceptions carry only the path as their message
 * ({@code NoSuchFileException: runs/x}), which tells a user neither what went wrong nor that it is a path.
 */
public final class IoErrors {

    private IoErrors() {
    }

    /** "FILE: reason" for a file-system exception, the message itself for anything else. */
    public static String describe(Throwable e) {
        if (e instanceof java.io.UncheckedIOException unchecked && unchecked.getCause() != null) {
            return describe(unchecked.getCause());
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String file = fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile());
            return file + ": " + reason(fs);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Why a symbolic link cannot be followed: links that lead back to each other, or a target that is gone. */
    public static String brokenLink(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return "symbolic link";
        } catch (NoSuchFileException e) {
            return "broken symbolic link (its target does not exist)";
        } catch (FileSystemException e) {
            String why = String.valueOf(e.getReason());
            return why.contains("symbolic links") ? "symbolic link loop (the links lead back to each other)"
                    : "symbolic link cannot be followed (" + reason(e) + ")";
        } catch (IOException e) {
            return "symbolic link cannot be followed (" + describe(e) + ")";
        }
    }

    private static String reason(FileSystemException e) {
        if (e.getReason() != null) {
            // whoever threw it said why in their own words; Java's file system leaves the reason empty
            return e.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        return e.getClass().getSimpleName();
    }
}
