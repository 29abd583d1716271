package org.diplomacykg.pipeline;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A one-line progress display (count, rate, estimated time left), redrawn in place. Only
 * shown on a terminal; otherwise {@link #NONE} keeps logs clean.
 */
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(int done, int total);

    default void finish() {
    }

    static Progress onTerminal(PrintWriter err) {
        long start = System.nanoTime();
        return new Progress() {
            private long lastDraw;

            @Override
            public void update(int done, int total) {
                long now = System.nanoTime();
                if (done < total && now - lastDraw < 200_000_000L) {
                    return;
                }
                lastDraw = now;
                double seconds = Math.max((now - start) / 1e9, 1e-3);
                double rate = done / seconds;
                long eta = rate > 0 ? (long) ((total - done) / rate) : 0;
                err.printf("\r%d/%d articles  %.1f/s  ETA %s   ", done, total, rate, format(Duration.ofSeconds(eta)));
                err.flush();
            }

            @Override
            public void finish() {
                err.println();
                err.flush();
            }
        };
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? String.format("%dh%02dm", d.toHours(), d.toMinutesPart())
                : String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
}
