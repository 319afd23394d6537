package dev.vigil.timeline;

import dev.vigil.evaluation.RankMetrics;

import java.util.ArrayList;
import java.util.List;

/**
 * How well per-frame scores find the anomalies, measured as public video-anomaly benchmarks report it.
 *
 * @param frameAuroc      frame-level AUROC micro-averaged: all frames of all test videos pooled into one ranking
 *                        (the number most published results on UCF-Crime, ShanghaiTech and Avenue report); NaN when the
 *                        pooled frames hold one class only
 * @param frames          frames pooled
 * @param anomalousFrames of which inside an event
 * @param perVideo        the AUROC of each video on its own frames (undefined for a video of one class)
 * @param meanVideoAuroc  the mean of the defined per-video AUROCs (macro average); NaN when none is defined
 * @param events          event-level hits and false alarms
 */
public record TimelineMetrics(double frameAuroc, long frames, long anomalousFrames, List<VideoAuroc> perVideo,
                              double meanVideoAuroc, EventCounts events) {

    public TimelineMetrics {
        perVideo = List.copyOf(perVideo);
    }

    /** Videos whose AUROC is defined (both normal and anomalous frames). */
    public int videosWithAuroc() {
        return (int) perVideo.stream().filter(VideoAuroc::defined).count();
    }

    /** The measures over a set of test videos. */
    public static TimelineMetrics of(List<LabelledVideo> videos) {
        long positives = 0;
        long total = 0;
        for (LabelledVideo v : videos) {
            total += v.labels().length;
            for (boolean label : v.labels()) {
                positives += label ? 1 : 0;
            }
        }
        double[] pooledPositive = new double[Math.toIntExact(positives)];
        double[] pooledNegative = new double[Math.toIntExact(total - positives)];
        int p = 0;
        int n = 0;
        List<VideoAuroc> perVideo = new ArrayList<>();
        double sum = 0;
        int defined = 0;
        for (LabelledVideo v : videos) {
            int start = p;
            int startNegative = n;
            for (int f = 0; f < v.scores().length; f++) {
                if (v.labels()[f]) {
                    pooledPositive[p++] = v.scores()[f];
                } else {
                    pooledNegative[n++] = v.scores()[f];
                }
            }
            VideoAuroc auroc = videoAuroc(v.name(), slice(pooledPositive, start, p),
                    slice(pooledNegative, startNegative, n));
            perVideo.add(auroc);
            if (auroc.defined()) {
                sum += auroc.auroc();
                defined++;
            }
        }
        EventCounts events = EventCounts.of(videos.stream().map(LabelledVideo::segments).toList(),
                videos.stream().map(LabelledVideo::events).toList());
        return new TimelineMetrics(RankMetrics.auroc(pooledPositive, pooledNegative), total, positives, perVideo,
                defined == 0 ? Double.NaN : sum / defined, events);
    }

    private static VideoAuroc videoAuroc(String name, double[] positive, double[] negative) {
        if (positive.length == 0) {
            return new VideoAuroc(name, Double.NaN, "undefined: no anomalous frames");
        }
        if (negative.length == 0) {
            return new VideoAuroc(name, Double.NaN, "undefined: every frame is anomalous");
        }
        return new VideoAuroc(name, RankMetrics.auroc(positive, negative), "");
    }

    private static double[] slice(double[] values, int from, int to) {
        return java.util.Arrays.copyOfRange(values, from, to);
    }
}
