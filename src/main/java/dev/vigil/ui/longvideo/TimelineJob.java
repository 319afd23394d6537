package dev.vigil.ui.longvideo;

import dev.vigil.backbone.ComputeDevice;
import dev.vigil.timeline.TimelineSettings;

import java.nio.file.Path;

/**
 * One long-video run as the form sets it up.
 *
 * @param trainDir    folder of normal recordings
 * @param testDir     folder of videos to score
 * @param groundTruth ground-truth CSV, or null for none (then nothing is measured)
 * @param backbone    backbone id
 * @param device      where a TorchScript backbone runs
 * @param settings    windows, detector, threshold rule and the rest
 * @param out         the output folder to write (it must not exist yet)
 */
public record TimelineJob(Path trainDir, Path testDir, Path groundTruth, String backbone, ComputeDevice device,
                          TimelineSettings settings, Path out) {
}
