package dev.vigil.spark;

import org.apache.hadoop.conf.Configuration;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The driver's Hadoop settings ({@code spark.hadoop.*}, credentials of {@code s3a://}) carried to executors, since
 * a {@link Configuration} itself is not serializable.
 */
final class HadoopConf implements Serializable {

    private final Map<String, String> entries = new HashMap<>();
    private transient Configuration conf;

    HadoopConf(Configuration driver) {
        driver.forEach(e -> entries.put(e.getKey(), e.getValue()));
    }

    Configuration get() {
        if (conf == null) {
            Configuration c = new Configuration(false);
            entries.forEach(c::set);
            conf = c;
        }
        return conf;
    }
}
