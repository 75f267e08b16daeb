package org.lotus.mp.channels;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.result.WxMpQrCodeTicket;
import org.lotus.mp.wechat.WechatSettings;
import org.springframework.stereotype.Component;

/**
 * Asks WeChat for a permanent QR code with a string scene ({@code qrcode/create}, {@code QR_LIMIT_STR_SCENE}); the
 * answer's {@code url} is what the code encodes. Asking again for the same scene is harmless.
 */
@Component
class WechatQrCodes {

    private final WxMpService wechat;
    private final WechatSettings settings;

    WechatQrCodes(WxMpService wechat, WechatSettings settings) {
        this.wechat = wechat;
        this.settings = settings;
    }

    record Ticket(String ticket, String url) {}

    Ticket permanent(String sceneStr) {
        if (!settings.canCallApi()) {
            throw new QrCodeUnavailableException(0, "WeChat credentials are not configured (WX_APPID, WX_SECRET)");
        }
        try {
            WxMpQrCodeTicket ticket = wechat.getQrcodeService().qrCodeCreateLastTicket(sceneStr);
            if (ticket.getUrl() == null || ticket.getUrl().isBlank()) {
                throw new QrCodeUnavailableException(0, "qrcode/create answered without a url");
            }
            return new Ticket(ticket.getTicket(), ticket.getUrl());
        } catch (WxErrorException e) {
            int errcode = e.getError() == null ? 0 : e.getError().getErrorCode();
            throw new QrCodeUnavailableException(
                    errcode,
                    errcode == 0
                            ? "WeChat did not answer qrcode/create"
                            : "qrcode/create: errcode " + errcode + " "
                                    + e.getError().getErrorMsg());
        } catch (RuntimeException e) {
            if (e instanceof QrCodeUnavailableException unavailable) {
                throw unavailable;
            }
            // WxJava's messages may quote the request URL (with the token): only the type is kept.
            throw new QrCodeUnavailableException(
                    0, "WeChat did not answer qrcode/create (" + e.getClass().getSimpleName() + ")");
        }
    }
}
