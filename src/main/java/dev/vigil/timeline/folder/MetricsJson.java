package dev.vigil.timeline.folder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.timeline.EventCounts;
import dev.vigil.timeline.TimelineMetrics;
import dev.vigil.timeline.VideoAuroc;

import java.util.ArrayList;
import java.util.List;

/** {@link TimelineMetrics} as {@code metrics.json}; an undefined AUROC is {@code null}, with a note saying why. */
final class MetricsJson {

    private MetricsJson() {
    }

    static ObjectNode toJson(TimelineMetrics m) {
        ObjectNode root = TimelineFiles.JSON.createObjectNode();
        number(root, "frame_auroc", m.frameAuroc());
        root.put("frame_auroc_averaging", "micro: all frames of all test videos pooled");
        root.put("frames", m.frames());
        root.put("anomalous_frames", m.anomalousFrames());
        number(root, "mean_video_auroc", m.meanVideoAuroc());
        root.put("videos", m.perVideo().size());
        root.put("videos_with_auroc", m.videosWithAuroc());
        ArrayNode perVideo = root.putArray("per_video");
        for (VideoAuroc v : m.perVideo()) {
            ObjectNode node = perVideo.addObject();
            node.put("video", v.video());
            number(node, "auroc", v.auroc());
            if (!v.note().isEmpty()) {
                node.put("note", v.note());
            }
        }
        ObjectNode events = root.putObject("events");
        events.put("events", m.events().events());
        events.put("hits", m.events().hits());
        number(events, "hit_rate", m.events().hitRate());
        events.put("segments", m.events().segments());
        events.put("false_alarm_segments", m.events().falseAlarms());
        return root;
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    static TimelineMetrics fromJson(JsonNode root) {
        List<VideoAuroc> perVideo = new ArrayList<>();
        for (JsonNode v : root.path("per_video")) {
            perVideo.add(new VideoAuroc(v.path("video").asText(), number(v.path("auroc")), v.path("note").asText("")));
        }
        JsonNode e = root.path("events");
        return new TimelineMetrics(number(root.path("frame_auroc")), root.path("frames").asLong(),
                root.path("anomalous_frames").asLong(), perVideo, number(root.path("mean_video_auroc")),
                new EventCounts(e.path("events").asInt(), e.path("hits").asInt(), e.path("segments").asInt(),
                        e.path("false_alarm_segments").asInt()));
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }
}
