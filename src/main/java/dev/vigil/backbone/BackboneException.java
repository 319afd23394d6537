package dev.vigil.backbone;

/** A backbone that cannot be loaded or run; the message names the model or file and the reason. */
public class BackboneException extends Exception {

    public BackboneException(String message) {
        super(message);
    }

    public BackboneException(String message, Throwable cause) {
        super(message, cause);
    }
}
