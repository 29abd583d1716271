package org.diplomacykg.serve.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The drawing helpers of the views: the network layout, the timeline's dates, the trail's amounts. */
class ViewDrawingTest {
    static final List<ForceLayout.Edge> TRIANGLE_AND_TAIL = List.of(new ForceLayout.Edge(0, 1, 8), new ForceLayout.Edge(1, 2, 1),
            new ForceLayout.Edge(0, 2, 1), new ForceLayout.Edge(2, 3, 1));

    @Test
    void theNetworkLayoutIsTheSameEveryTimeAndStaysInside() {
        double[][] a = ForceLayout.layout(5, TRIANGLE_AND_TAIL, 960, 680, 60);
        double[][] b = ForceLayout.layout(5, TRIANGLE_AND_TAIL, 960, 680, 60);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], "the same picture for the same data");
            assertTrue(a[i][0] >= 59 && a[i][0] <= 901 && a[i][1] >= 59 && a[i][1] <= 621, "inside the margins");
        }
        double strong = Math.hypot(a[0][0] - a[1][0], a[0][1] - a[1][1]);
        double weak = Math.hypot(a[2][0] - a[3][0], a[2][1] - a[3][1]);
        assertTrue(strong < weak, "a pair with 8 shared events sits closer than one with 1: " + strong + " vs " + weak);
    }

    @Test
    void timelineDatesAsTheArticlesGiveThem() {
        assertEquals(LocalDate.of(2025, 12, 1), TimelinePage.parse("2025-12-01"));
        assertEquals(LocalDate.of(2025, 12, 1), TimelinePage.parse("2025-12"));
        assertEquals(LocalDate.of(2026, 1, 1), TimelinePage.parse("2026"));
        assertNull(TimelinePage.parse(""));
        assertNull(TimelinePage.parse("2025-13-01"));
    }

    @Test
    void targetsReadAsPeopleWriteThem() {
        assertEquals("US$5 bn", CommitmentTrailSection.money("5000000000", "USD"));
        assertEquals("US$2.5 bn", CommitmentTrailSection.money("2500000000.0", "USD"));
        assertEquals("€300 m", CommitmentTrailSection.money("300000000", "EUR"));
        assertEquals("LAK 12", CommitmentTrailSection.money("12", "LAK"), "other currencies by their code");
    }
}
