package org.lotus.mp.channels;

import com.google.zxing.common.BitMatrix;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable A6 card (105 × 148 mm) of a channel, as SVG: the account's name in Chinese and French, its QR code,
 * how to scan it, and the channel's name in small print so staff know which pile a card belongs to. Text is drawn
 * with the printer's CJK font (Noto Sans CJK when installed), so nothing is embedded or fetched.
 */
@Component
public class ChannelCard {

    private static final String FONT =
            "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC'," + "'Microsoft YaHei',sans-serif";

    private final ChannelSettings settings;

    ChannelCard(ChannelSettings settings) {
        this.settings = settings;
    }

    public String svg(Channel channel) {
        BitMatrix matrix = QrImages.matrix(channel.qrUrl());
        int modules = matrix.getWidth();
        double qrSize = 76;
        double scale = qrSize / modules;
        double qrLeft = (105 - qrSize) / 2;
        return String.format(
                java.util.Locale.ROOT,
                """
                <svg xmlns="http://www.w3.org/2000/svg" width="105mm" height="148mm" viewBox="0 0 105 148" \
                font-family="%s" text-anchor="middle">
                <rect width="105" height="148" fill="#fff"/>
                <rect x="0" y="0" width="105" height="5" fill="#c2185b"/>
                <text x="52.5" y="20" font-size="9" font-weight="700" fill="#222" lang="zh-CN">%s</text>
                <text x="52.5" y="28" font-size="4.6" fill="#444" lang="fr">%s</text>
                <g transform="translate(%.3f 36) scale(%.5f)" shape-rendering="crispEdges">
                <path fill="#000" d="%s"/></g>
                <text x="52.5" y="122" font-size="5" fill="#222" lang="zh-CN">微信扫一扫，关注我们</text>
                <text x="52.5" y="128.5" font-size="3.8" fill="#444" lang="fr">Scannez avec WeChat pour nous suivre</text>
                <text x="52.5" y="136" font-size="4" fill="#c2185b" lang="zh-CN">%s</text>
                <text x="52.5" y="141" font-size="3.2" fill="#c2185b" lang="fr">%s</text>
                <text x="100" y="146" font-size="2" fill="#999" text-anchor="end">%s</text>
                </svg>
                """,
                FONT,
                escape(settings.accountNameZh()),
                escape(settings.accountNameFr()),
                qrLeft,
                scale,
                QrImages.svgPath(matrix),
                escape(settings.cardLineZh()),
                escape(settings.cardLineFr()),
                escape(channel.name()));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
