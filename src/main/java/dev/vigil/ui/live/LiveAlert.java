package dev.vigil.ui.live;

import java.nio.file.Path;

/**
 * One row of the live view's alert list.
 *
 * @param id     the event's number in the watch folder
 * @param text   what the row says
 * @param clip   the event's clip (written once the post-roll has passed), or null while the event is open
 * @param closed true once the event has ended
 */
public record LiveAlert(int id, String text, Path clip, boolean closed) {

    @Override
    public String toString() {
        return text;
    }
}
