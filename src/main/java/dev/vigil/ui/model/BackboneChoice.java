package dev.vigil.ui.model;

/**
 * A backbone the model screen offers.
 *
 * @param id            model card id
 * @param name          name shown to the user
 * @param embeddingSize size of the embedding it produces: the autoencoder's input size
 * @param fineTunable   true when its parameters can be unfrozen (TorchScript backbones)
 */
public record BackboneChoice(String id, String name, int embeddingSize, boolean fineTunable) {

    @Override
    public String toString() {
        return name + " (" + embeddingSize + "-d)";
    }
}
