package dev.vigil;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The benchmark programs in bench/ run outside the build; this keeps them compiling against the code they measure. */
class BenchSourcesTest {

    @TempDir
    Path out;

    @Test
    void benchmarkProgramsCompile() throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.list(Path.of("bench"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        assertFalse(sources.isEmpty());
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", classPath, "-proc:none"));
        args.addAll(sources);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, args.toArray(new String[0]));
        assertEquals(0, status, errors.toString());
    }
}
