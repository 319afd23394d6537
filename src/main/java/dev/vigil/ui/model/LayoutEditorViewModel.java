package dev.vigil.ui.model;

import dev.vigil.detector.AutoencoderLayout;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The autoencoder layout editor: input size, encoder layer sizes as typed (one text per layer), dropout. The layout,
 * its problem and its parameter count are bindings over what is typed, so the count follows every keystroke and bad
 * input is named at once, never silently dropped.
 */
public final class LayoutEditorViewModel {

    public static final int MAX_LAYERS = 8;
    public static final int MAX_SIZE = 65_536;

    private final IntegerProperty inputSize = new SimpleIntegerProperty(this, "inputSize", 512);
    private final ObservableList<StringProperty> layers =
            FXCollections.observableArrayList(layer -> new javafx.beans.Observable[] {layer});
    private final DoubleProperty dropout = new SimpleDoubleProperty(this, "dropout", 0.3);
    private final ObjectBinding<Parsed> parsed;
    private final ObjectBinding<AutoencoderLayout> layout;
    private final StringBinding problem;
    private final StringBinding warning;
    private final StringBinding parameterCount;
    private final StringBinding shape;
    private final BooleanBinding canAddLayer;
    private final BooleanBinding canRemoveLayer;

    public LayoutEditorViewModel() {
        setLayers(List.of(256, 128, 64));
        parsed = Bindings.createObjectBinding(this::parse, inputSize, layers, dropout);
        layout = Bindings.createObjectBinding(() -> parsed.get().layout(), parsed);
        problem = Bindings.createStringBinding(() -> parsed.get().problem(), parsed);
        warning = Bindings.createStringBinding(this::warn, layout);
        parameterCount = Bindings.createStringBinding(() -> layout.get() == null ? "—"
                : NumberFormat.getIntegerInstance(Locale.ROOT).format(layout.get().parameterCount()), layout);
        shape = Bindings.createStringBinding(this::describeShape, layout);
        canAddLayer = Bindings.size(layers).lessThan(MAX_LAYERS);
        canRemoveLayer = Bindings.size(layers).greaterThan(1);
    }

    private record Parsed(AutoencoderLayout layout, String problem) {
    }

    // Properties

    /** Embedding size of the backbone: the autoencoder's input and output size. */
    public IntegerProperty inputSizeProperty() {
        return inputSize;
    }

    /** Encoder layer sizes as typed, widest first; the last one is the latent code. */
    public ObservableList<StringProperty> layers() {
        return layers;
    }

    public DoubleProperty dropoutProperty() {
        return dropout;
    }

    /** The layout, or null while the input has a problem. */
    public ObjectBinding<AutoencoderLayout> layoutProperty() {
        return layout;
    }

    /** What is wrong with the input, empty when the layout is valid. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** Valid but doubtful choices (a latent code as wide as the input), empty otherwise. */
    public StringBinding warningProperty() {
        return warning;
    }

    /** Trainable parameters, grouped "1,234,567", or "—" while the input has a problem. */
    public StringBinding parameterCountProperty() {
        return parameterCount;
    }

    /** "512 → 256 → 128 → 256 → 512". */
    public StringBinding shapeProperty() {
        return shape;
    }

    public BooleanBinding canAddLayerProperty() {
        return canAddLayer;
    }

    public BooleanBinding canRemoveLayerProperty() {
        return canRemoveLayer;
    }

    // Commands

    /** Adds a layer half as wide as the last one. */
    public void addLayer() {
        if (canAddLayer.get()) {
            Integer last = parseSize(layers.get(layers.size() - 1).get());
            layers.add(new SimpleStringProperty(String.valueOf(last == null ? 64 : Math.max(1, last / 2))));
        }
    }

    public void removeLastLayer() {
        if (canRemoveLayer.get()) {
            layers.remove(layers.size() - 1);
        }
    }

    public void setLayers(List<Integer> sizes) {
        layers.setAll(sizes.stream().map(size -> (StringProperty) new SimpleStringProperty(String.valueOf(size)))
                .toList());
    }

    private Parsed parse() {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            String text = layers.get(i).get() == null ? "" : layers.get(i).get().trim();
            Integer size = parseSize(text);
            if (size == null) {
                return new Parsed(null, text.isEmpty() ? "Layer " + (i + 1) + " has no size"
                        : "Layer " + (i + 1) + ": '" + text + "' is not a whole number");
            }
            if (size < 1 || size > MAX_SIZE) {
                return new Parsed(null, "Layer " + (i + 1) + ": size must be between 1 and " + MAX_SIZE + ", got " + size);
            }
            sizes.add(size);
        }
        try {
            return new Parsed(new AutoencoderLayout(inputSize.get(), sizes, dropout.get()), "");
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            return new Parsed(null, Character.toUpperCase(message.charAt(0)) + message.substring(1));
        }
    }

    private static Integer parseSize(String text) {
        try {
            return Integer.valueOf(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String warn() {
        AutoencoderLayout current = layout.get();
        if (current != null && current.latentSize() >= current.inputSize()) {
            return "The latent code (" + current.latentSize() + ") is as wide as the input (" + current.inputSize()
                    + "): the autoencoder can learn to copy everything, anomalies included.";
        }
        return "";
    }

    private String describeShape() {
        AutoencoderLayout current = layout.get();
        if (current == null) {
            return "";
        }
        List<Integer> path = new ArrayList<>();
        path.add(current.inputSize());
        path.addAll(current.encoderSizes());
        for (int i = current.encoderSizes().size() - 2; i >= 0; i--) {
            path.add(current.encoderSizes().get(i));
        }
        path.add(current.inputSize());
        return path.stream().map(String::valueOf).collect(Collectors.joining(" → "));
    }
}
