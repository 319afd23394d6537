package dev.vigil.ui.model;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.ui.task.BackgroundTask;

import java.util.List;
import java.util.concurrent.Callable;

/** Lists the backbones the models folder offers: reading every model card is disk work, kept off the UI thread. */
final class ListBackbonesTask extends BackgroundTask<List<BackboneChoice>> {

    private final Callable<List<BackboneChoice>> lister;

    ListBackbonesTask(Callable<List<BackboneChoice>> lister) {
        super("List backbones");
        this.lister = lister;
    }

    @Override
    protected List<BackboneChoice> call(ProgressListener progress, CancellationToken cancellation) throws Exception {
        return lister.call();
    }
}
