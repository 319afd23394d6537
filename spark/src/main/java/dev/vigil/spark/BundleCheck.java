package dev.vigil.spark;

import dev.vigil.experiment.bundle.BundleArchive;
import dev.vigil.experiment.bundle.BundleKind;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.bundle.TimelineBundle;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;

/**
 * Reads the bundle once on the driver before any task starts, so that a missing, damaged or foreign file stops the
 * job with one clear message instead of failing every video on the executors.
 */
final class BundleCheck {

    private BundleCheck() {
    }

    /** @throws IOException starting with "bundle FILE: " and the reason */
    static BundleKind kind(String bundle, Configuration conf) throws IOException {
        try {
            if (!new Path(bundle).getFileSystem(conf).exists(new Path(bundle))) {
                throw new IOException("no such file");
            }
            try (LocalFile local = LocalFile.of(bundle, conf)) {
                BundleKind kind = BundleArchive.kindOf(local.file());
                // reading it whole checks its detector and settings, not only its manifest
                if (kind == BundleKind.CLIP) {
                    DetectorBundle.read(local.file()).close();
                } else {
                    TimelineBundle.read(local.file()).close();
                }
                return kind;
            }
        } catch (IOException e) {
            throw new IOException("bundle " + bundle + ": " + e.getMessage(), e);
        }
    }

    /** The name the bundle has among the job's distributed files. */
    static String fileName(String bundle) {
        return new Path(bundle).getName();
    }
}
