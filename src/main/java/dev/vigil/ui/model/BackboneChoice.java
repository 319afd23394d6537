package dev.vigil.ui.model;

/**
 * A backbone the model screen offers: every model card, whether it can be used now or not.
 *
 * @param id            model card id
 * @param name          name shown to the user
 * @param embeddingSize size of the embedding it produces: the autoencoder's input size
 * @param fineTunable   true when it has parameters that can be unfrozen (TorchScript backbones)
 * @param available     true when it can be used now (the built-in always; a TorchScript one when its file is there)
 * @param howToGet      for one that is missing: the command that makes it available; empty otherwise
 */
public record BackboneChoice(String id, String name, int embeddingSize, boolean fineTunable, boolean available,
                             String howToGet) {

    /** An available backbone. */
    public BackboneChoice(String id, String name, int embeddingSize, boolean fineTunable) {
        this(id, name, embeddingSize, fineTunable, true, "");
    }

    @Override
    public String toString() {
        return name + " (" + embeddingSize + "-d)" + (available ? "" : " · missing");
    }
}
