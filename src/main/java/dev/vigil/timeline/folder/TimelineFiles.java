package dev.vigil.timeline.folder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.vigil.detector.Detector;
import dev.vigil.timeline.CellMapModel;

/**
 * The files of a timeline run's output folder, named in one place for the code that writes, reads and lists them. Frames are numbered from 1 and ranges include both ends in every file, as in
 * the ground-truth CSV, so a segments file can be laid beside the truth as it is; times are seconds from the start
 * of the video to the start of the frame.
 *
 * <table>
 *   <caption>Files</caption>
 *   <tr><td>{@value #INDEX}</td><td>settings, threshold, per video its file, frame rate, frames and windows, the
 *       skipped videos; written last: a folder without it is incomplete</td></tr>
 *   <tr><td>{@value #FRAME_SCORES}</td><td>{@code video,frame,time,score}: every frame of every test video</td></tr>
 *   <tr><td>{@value #WINDOW_SCORES}</td><td>{@code video,window,start_frame,end_frame,score}</td></tr>
 *   <tr><td>{@value #SEGMENTS}</td><td>{@code video,segment,start_frame,end_frame,start_time,end_time,frames,
 *       peak_frame,peak_score,truth} (truth: {@code hit} or {@code false alarm}, empty without ground truth)</td></tr>
 *   <tr><td>{@value #METRICS}</td><td>frame-level AUROC (micro), per-video AUROC and their mean, event hits and
 *       false alarms; only with ground truth</td></tr>
 *   <tr><td>{@value #SKIPPED}</td><td>{@code video,reason}</td></tr>
 *   <tr><td>{@value #DETECTOR}</td><td>the trained detector ({@link Detector#load})</td></tr>
 *   <tr><td>{@value #CELL_MAPS}</td><td>each place's normal for the anomaly maps ({@link CellMapModel#read}); only
 *       for a backbone laid out on cells</td></tr>
 *   <tr><td>{@value #BACKBONE}</td><td>the backbone's model card with the {@code version} of its computation</td></tr>
 * </table>
 * Every file is written whole or not at all (temporary file, then rename).
 */
public final class TimelineFiles {

    public static final String INDEX = "timeline.json";
    public static final String FRAME_SCORES = "frame_scores.csv";
    public static final String WINDOW_SCORES = "window_scores.csv";
    public static final String SEGMENTS = "segments.csv";
    public static final String METRICS = "metrics.json";
    public static final String SKIPPED = "skipped.csv";
    public static final String DETECTOR = "detector.bin";
    public static final String CELL_MAPS = "cell_maps.bin";
    public static final String BACKBONE = "backbone.json";
    /**
     * Per window, its anomaly map (backbones laid out on cells): {@code video,window,cell_1,…,cell_N}, cells row
     * after row from the top left of a {@code columns × rows} grid that timeline.json's {@code anomaly_maps} gives.
     */
    public static final String ANOMALY_MAPS = "anomaly_maps.csv";

    /** The version of the folder's layout, kept in the index; a reader refuses any other. */
    static final int FORMAT = 1;
    /** The one JSON mapper for the folder's files, indented so that a person can read them. */
    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TimelineFiles() {
    }
}
