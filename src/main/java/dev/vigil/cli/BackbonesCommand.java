package dev.vigil.cli;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ModelCard;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Lists the backbones and whether each can be used now. */
@Command(name = "backbones", mixinStandardHelpOptions = true,
        description = "List the backbones (built-in and models/<id>.json cards) and whether each is available.")
final class BackbonesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        BackboneRegistry registry = BackboneRegistry.locate();
        System.out.println("models folder: " + registry.modelsDir().map(Object::toString).orElse("(none found)"));
        for (BackboneRegistry.Entry entry : registry.entries()) {
            ModelCard card = entry.card();
            // a card that keeps the aspect ratio gives an area, not a square
            String size = card.keepsAspect() ? "~" + card.inputSize() + "²px" : card.inputSize() + "x" + card.inputSize();
            System.out.printf("%-18s %-11s %3d frames %s %-7s  E=%-5d %s%n", card.id(),
                    entry.available() ? "available" : "missing", card.frames(), card.layout(), size,
                    card.embeddingSize(), card.name());
            if (!entry.available()) {
                System.out.println("    make it with: " + entry.howToGet());
            }
        }
        for (String problem : registry.problems()) {
            System.err.println(problem);
        }
        return 0;
    }
}
