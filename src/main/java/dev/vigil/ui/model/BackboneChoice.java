package dev.vigil.ui.model;

/**
 * A backbone the model screen offers: every model card, whether it can be used now or not.
 *
 * @param id            model card id
 * @param name          name shown to the user
 * @param embeddingSize size of the embedding it produces: the autoencoder's input size
 * @param torchScript   true for a TorchScript network (it has parameters and runs on the chosen device); false for
 *                      the built-in descriptor
 * @param available     true when it can be used now (the built-in always; a TorchScript one when a file is there)
 * @param fineTunable   true when it can be fine-tuned here: a TorchScript backbone whose model file with parameters
 *                      ({@code models/<id>.pt}) is there; the frozen {@code .inference.pt} alone only extracts
 * @param howToGet      for one that is missing: the command that makes it available; empty otherwise
 */
public record BackboneChoice(String id, String name, int embeddingSize, boolean torchScript, boolean available,
                             boolean fineTunable, String howToGet) {

    /** A backbone that can be fine-tuned exactly when it is an available TorchScript one. */
    public BackboneChoice(String id, String name, int embeddingSize, boolean torchScript, boolean available,
                          String howToGet) {
        this(id, name, embeddingSize, torchScript, available, torchScript && available, howToGet);
    }

    /** An available backbone. */
    public BackboneChoice(String id, String name, int embeddingSize, boolean torchScript) {
        this(id, name, embeddingSize, torchScript, true, "");
    }

    /** The command alone, to copy and run: the registry follows it with a note in parentheses. */
    public String command() {
        int note = howToGet.indexOf("   (");
        return (note < 0 ? howToGet : howToGet.substring(0, note)).strip();
    }

    /** What the registry says about the command (where and how often to run it), or an empty text. */
    public String commandNote() {
        int note = howToGet.indexOf("   (");
        String text = note < 0 ? "" : howToGet.substring(note).strip();
        return text.startsWith("(") && text.endsWith(")") ? text.substring(1, text.length() - 1) : text;
    }

    /** What the backbone is, or what it needs before it can be used. */
    public String note() {
        if (!available()) {
            String note = commandNote();
            return "Not available on this machine: its model file is missing. Make it with this command"
                    + (note.isEmpty() ? ":" : " (" + note + "):");
        }
        if (!torchScript()) {
            return "Built-in: needs no model file and has no parameters to fine-tune";
        }
        return fineTunable() ? "TorchScript backbone: can be fine-tuned"
                : "TorchScript backbone, found for extraction only: fine-tuning needs models/" + id()
                + ".pt, the file with parameters";
    }

    @Override
    public String toString() {
        return name + " (" + embeddingSize + "-d)" + (available ? "" : " · missing");
    }
}
