package org.diplomacykg.serve.pages;

import java.util.List;

/**
 * Places the nodes of a small weighted graph in a rectangle (Fruchterman and Reingold's force
 * layout: linked nodes pull together, all nodes push apart, the moves cool down step by step).
 * It starts from a circle in the nodes' order and uses no randomness, so the same graph always
 * gets the same picture. Disconnected parts stay on screen: a weak pull to the centre keeps them.
 *
 * <pre>{@code
 * double[][] xy = ForceLayout.layout(3, List.of(new ForceLayout.Edge(0, 1, 4), new ForceLayout.Edge(1, 2, 1)), 960, 680, 60);
 * }</pre>
 */
final class ForceLayout {
    /** A link between node indexes {@code a} and {@code b}, pulling harder with more {@code weight}. */
    record Edge(int a, int b, int weight) {}

    private static final int STEPS = 400;

    private ForceLayout() {}

    /** Positions {@code [i] = {x, y}} inside {@code width × height}, {@code margin} from the edges. */
    static double[][] layout(int n, List<Edge> edges, int width, int height, int margin) {
        double[][] p = new double[n][2];
        if (n == 0)
            return p;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            p[i][0] = Math.cos(angle);
            p[i][1] = Math.sin(angle);
        }
        double k = Math.sqrt(4.0 / n);                 // ideal distance in a 2×2 square
        double temperature = 0.2;
        for (int step = 0; step < STEPS; step++) {
            double[][] d = new double[n][2];
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    double dist = Math.max(1e-4, Math.hypot(dx, dy));
                    double push = k * k / dist;
                    d[i][0] += dx / dist * push;
                    d[i][1] += dy / dist * push;
                    d[j][0] -= dx / dist * push;
                    d[j][1] -= dy / dist * push;
                }
            for (Edge e : edges) {
                if (e.a() == e.b())
                    continue;
                double dx = p[e.a()][0] - p[e.b()][0];
                double dy = p[e.a()][1] - p[e.b()][1];
                double dist = Math.max(1e-4, Math.hypot(dx, dy));
                double pull = dist * dist / k * (1 + Math.log(e.weight())) ;
                d[e.a()][0] -= dx / dist * pull;
                d[e.a()][1] -= dy / dist * pull;
                d[e.b()][0] += dx / dist * pull;
                d[e.b()][1] += dy / dist * pull;
            }
            for (int i = 0; i < n; i++) {
                d[i][0] -= p[i][0] * k;               // gravity: loose parts do not drift away
                d[i][1] -= p[i][1] * k;
                double len = Math.max(1e-9, Math.hypot(d[i][0], d[i][1]));
                double move = Math.min(len, temperature);
                p[i][0] += d[i][0] / len * move;
                p[i][1] += d[i][1] / len * move;
            }
            temperature = Math.max(0.002, temperature * 0.985);
        }
        return fit(p, width, height, margin);
    }

    /** Scales the positions to fill the rectangle, keeping their proportions. */
    private static double[][] fit(double[][] p, int width, int height, int margin) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] q : p) {
            minX = Math.min(minX, q[0]);
            maxX = Math.max(maxX, q[0]);
            minY = Math.min(minY, q[1]);
            maxY = Math.max(maxY, q[1]);
        }
        double spanX = Math.max(1e-6, maxX - minX);
        double spanY = Math.max(1e-6, maxY - minY);
        double scale = Math.min((width - 2.0 * margin) / spanX, (height - 2.0 * margin) / spanY);
        double offX = (width - spanX * scale) / 2;
        double offY = (height - spanY * scale) / 2;
        double[][] out = new double[p.length][2];
        for (int i = 0; i < p.length; i++) {
            out[i][0] = p.length == 1 ? width / 2.0 : offX + (p[i][0] - minX) * scale;
            out[i][1] = p.length == 1 ? height / 2.0 : offY + (p[i][1] - minY) * scale;
        }
        return out;
    }
}
