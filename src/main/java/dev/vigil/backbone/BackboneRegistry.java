package dev.vigil.backbone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The backbones a user can pick: the built-in descriptor (always) and every card in the models folder
 * ({@code models/<id>.json}), each available when its TorchScript file is there.
 * The folder is {@code -Dvigil.models}, else ./models, else models/ beside the folder of vigil.jar.
 */
public final class BackboneRegistry {

    public static final String PROPERTY = "vigil.models";
    /** Id of the default backbone: the built-in descriptor for clips of actions. */
    public static final String DEFAULT_ID = "builtin";
    /** Id of the built-in descriptor for fixed cameras, the default for long videos. */
    public static final String SCENE_ID = "scene";
    private static final Logger LOG = LoggerFactory.getLogger(BackboneRegistry.class);

    private final Path modelsDir;
    private final List<Entry> entries;
    private final List<String> problems;

    /**
     * A card and whether it can be used now.
     *
     * @param card          the model card
     * @param modelFile     the TorchScript file with parameters (null for the built-in)
     * @param inferenceFile the frozen TorchScript for extraction, null when the card names none or it is missing
     * @param available     true when the backbone can be opened now
     * @param howToGet      for a missing file: the command that makes it available; empty otherwise
     */
    public record Entry(ModelCard card, Path modelFile, Path inferenceFile, boolean available, String howToGet) {

        /** The file extraction loads: the frozen one when there, else the one with parameters. */
        public Path extractionFile() {
            return inferenceFile != null ? inferenceFile : modelFile;
        }
    }

    /** A registry over a models folder; null or a missing folder leaves only the built-in backbone. */
    public BackboneRegistry(Path modelsDir) {
        this.modelsDir = modelsDir;
        this.problems = new ArrayList<>();
        this.entries = scan();
    }

    private BackboneRegistry(Path modelsDir, List<Entry> entries, List<String> problems) {
        this.modelsDir = modelsDir;
        this.entries = entries;
        this.problems = problems;
    }

    /**
     * This registry with every TorchScript card set to one resize method (a config's {@code data.resize}); built-in
     * backbones keep theirs, since FFmpeg always scales what they describe.
     */
    public BackboneRegistry withResize(dev.vigil.video.ResizeMethod method) {
        List<Entry> resized = entries.stream().map(e -> e.card().kind() != BackboneKind.TORCHSCRIPT ? e
                : new Entry(e.card().withResize(method), e.modelFile(), e.inferenceFile(), e.available(),
                e.howToGet())).toList();
        return new BackboneRegistry(modelsDir, resized, problems);
    }

    /** The registry of the models folder found by the usual rule (see the class comment). */
    public static BackboneRegistry locate() {
        return new BackboneRegistry(findModelsDir().orElse(null));
    }

    static Optional<Path> findModelsDir() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("models"));
        try {
            Path code = Path.of(BackboneRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes or target/vigil.jar: models/ sits two levels up, in the project folder
            Path parent = code.getParent();
            if (parent != null && parent.getParent() != null) {
                candidates.add(parent.getParent().resolve("models"));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source (unusual class loaders): the other candidates remain
        }
        return candidates.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).findFirst();
    }

    private List<Entry> scan() {
        List<Entry> found = new ArrayList<>();
        found.add(new Entry(BuiltinBackbone.CARD, null, null, true, ""));
        found.add(new Entry(SceneBackbone.CARD, null, null, true, ""));
        if (modelsDir == null || !Files.isDirectory(modelsDir)) {
            return found;
        }
        List<Entry> cards = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(modelsDir, "*.json")) {
            for (Path file : files) {
                try {
                    ModelCard card = ModelCards.read(file);
                    if (card.kind() != BackboneKind.TORCHSCRIPT || isBuiltin(card.id())) {
                        throw new IOException("model card " + file + ": only TorchScript cards belong in " + modelsDir
                                + " (and not with the id '" + DEFAULT_ID + "' or '" + SCENE_ID + "')");
                    }
                    Path model = modelsDir.resolve(card.file());
                    Path frozen = card.inferenceFile() == null ? null : modelsDir.resolve(card.inferenceFile());
                    if (frozen != null && !Files.isRegularFile(frozen)) {
                        frozen = null;
                    }
                    boolean available = Files.isRegularFile(model) || frozen != null;
                    cards.add(new Entry(card, model, frozen, available, available ? "" : exportCommand(card)));
                } catch (IOException e) {
                    problems.add(e.getMessage());
                    LOG.warn("{}", e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add("models folder " + modelsDir + ": " + e.getMessage());
        }
        cards.sort(Comparator.comparing(e -> e.card().id()));
        found.addAll(cards);
        return List.copyOf(found);
    }

    private String exportCommand(ModelCard card) {
        Path script = modelsDir.resolve("export_backbones.py");
        return "python3 " + script + " " + card.id() + "   (once, on a machine with internet; see "
                + modelsDir.resolve("README.md") + ")";
    }

    /** True for the ids of the built-in descriptors, which need no model file. */
    public static boolean isBuiltin(String id) {
        return DEFAULT_ID.equals(id) || SCENE_ID.equals(id);
    }

    /**
     * The version of a built-in descriptor's computation (what caches and bundles check), or empty for other ids.
     */
    public static Optional<String> builtinVersion(String id) {
        return switch (id) {
            case DEFAULT_ID -> Optional.of(SpaceTimeDescriptor.VERSION);
            case SCENE_ID -> Optional.of(SceneDescriptor.VERSION);
            default -> Optional.empty();
        };
    }

    /** Every known backbone, the built-in descriptors first, then the cards by id. */
    public List<Entry> entries() {
        return entries;
    }

    /** Cards that could not be read, with the reason; they are left out of {@link #entries()}. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public Optional<Path> modelsDir() {
        return Optional.ofNullable(modelsDir);
    }

    /** The entry of an id, or an error that lists the known ids. */
    public Entry entry(String id) throws BackboneException {
        for (Entry e : entries) {
            if (e.card().id().equals(id)) {
                return e;
            }
        }
        throw new BackboneException("unknown backbone '" + id + "' (known: " + String.join(", ",
                entries.stream().map(e -> e.card().id()).toList()) + ")");
    }

    /** Opens a backbone for inference, on a GPU when PyTorch sees one. */
    public Backbone open(String id) throws BackboneException {
        return open(id, ComputeDevice.AUTO);
    }

    /** Opens a backbone for inference on the chosen device (the built-in descriptor runs on the CPU whatever it is). */
    public Backbone open(String id, ComputeDevice device) throws BackboneException {
        Entry entry = entry(id);
        if (entry.card().kind() == BackboneKind.BUILTIN) {
            return SCENE_ID.equals(id) ? new SceneBackbone() : new BuiltinBackbone();
        }
        if (!entry.available()) {
            throw missing(entry);
        }
        return TorchScriptBackbone.load(entry.card(), entry.extractionFile(), false, device);
    }

    /** Opens a TorchScript backbone with trainable parameters, for fine-tuning. */
    public TorchScriptBackbone openTrainable(String id) throws BackboneException {
        return openTrainable(id, ComputeDevice.AUTO);
    }

    /** Opens a TorchScript backbone with trainable parameters on the chosen device. */
    public TorchScriptBackbone openTrainable(String id, ComputeDevice device) throws BackboneException {
        Entry entry = entry(id);
        if (entry.card().kind() != BackboneKind.TORCHSCRIPT) {
            throw new BackboneException("backbone '" + id + "' has no trainable parameters");
        }
        if (!Files.isRegularFile(entry.modelFile())) {
            throw missing(entry);
        }
        return TorchScriptBackbone.load(entry.card(), entry.modelFile(), true, device);
    }

    /**
     * The named parameters of a TorchScript backbone, in the module's order (what {@code layer_start_unfreeze}
     * indexes), read by loading its model file on the CPU; empty for the built-in descriptor, which has none.
     *
     * @throws BackboneException when the model file with parameters is missing or cannot be loaded
     */
    public List<String> parameterNames(String id) throws BackboneException {
        if (entry(id).card().kind() != BackboneKind.TORCHSCRIPT) {
            return List.of();
        }
        try (TorchScriptBackbone backbone = openTrainable(id, ComputeDevice.CPU)) {
            return List.copyOf(backbone.parameterNames());
        }
    }

    private BackboneException missing(Entry entry) {
        return new BackboneException("backbone '" + entry.card().id() + "': model file " + entry.modelFile()
                + " not found; make it with: " + exportCommand(entry.card()));
    }
}
