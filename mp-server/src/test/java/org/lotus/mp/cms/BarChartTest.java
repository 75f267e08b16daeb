package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void roundsTheValueAxisToFourEvenTicks() {
        assertThat(BarChart.niceCeiling(1)).isEqualTo(4);
        assertThat(BarChart.niceCeiling(13)).isEqualTo(20);
        assertThat(BarChart.niceCeiling(23)).isEqualTo(40);
        assertThat(BarChart.niceCeiling(251)).isEqualTo(400);
    }

    @Test
    void drawsOneBarPerSeriesAndPeriodWithAxisLabelsAndALegend() {
        String svg = BarChart.svg(
                "Abonnements",
                List.of("7/9", "14/9", "21/9"),
                List.of(
                        new BarChart.Series("新关注", "#b0306a", List.of(3L, 0L, 7L)),
                        new BarChart.Series("取消关注", "#94a3b8", List.of(1L, 1L, 0L))));

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<title>", -1)).hasSize(7);
        assertThat(svg).contains(">14/9<", ">新关注<", ">取消关注<", ">8<", "aria-label=\"Abonnements\"");
    }

    @Test
    void leavesRoomForChineseLegendLabels() {
        assertThat(BarChart.textWidth("新关注")).isEqualTo(36);
        assertThat(BarChart.textWidth("abc")).isEqualTo(21);
    }
}
