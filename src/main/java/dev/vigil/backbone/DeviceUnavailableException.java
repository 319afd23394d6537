package dev.vigil.backbone;

/** The device asked for cannot be used here (a GPU where PyTorch sees none); the message says why. */
public final class DeviceUnavailableException extends BackboneException {

    public DeviceUnavailableException(String message) {
        super(message);
    }
}
