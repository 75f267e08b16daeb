package org.lotus.mp.notify;

import java.net.ConnectException;
import java.net.UnknownHostException;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.WxMpMassPreviewMessage;
import me.chanjar.weixin.mp.bean.WxMpMassTagMessage;
import org.lotus.mp.notify.MassSendException.Kind;
import org.lotus.mp.wechat.WechatSettings;
import org.springframework.stereotype.Component;

/**
 * WeChat's mass-message calls through WxJava: {@code message/mass/preview} to one WeChat id and
 * {@code message/mass/sendall} with {@code is_to_all}. A send carries a {@code clientmsgid} per item, so WeChat itself
 * refuses (45065) a second send of the same item within a day, whatever happens on our side.
 */
@Component
class MassSender {

    private final WxMpService wechat;
    private final WechatSettings settings;

    MassSender(WxMpService wechat, WechatSettings settings) {
        this.wechat = wechat;
        this.settings = settings;
    }

    void preview(String towxname, String text) throws MassSendException {
        WxMpMassPreviewMessage message = new WxMpMassPreviewMessage();
        message.setToWxUserName(towxname);
        message.setMsgType(WxConsts.MassMsgType.TEXT);
        message.setContent(text);
        call(() -> wechat.getMassMessageService().massMessagePreview(message).getMsgId());
    }

    /** Sends to every follower; answers WeChat's msg_id. */
    String sendToAll(String text, String clientMsgId) throws MassSendException {
        WxMpMassTagMessage message = new WxMpMassTagMessage();
        message.setSendAll(true);
        message.setMsgType(WxConsts.MassMsgType.TEXT);
        message.setContent(text);
        message.setClientMsgId(clientMsgId);
        return call(() ->
                wechat.getMassMessageService().massGroupMessageSend(message).getMsgId());
    }

    private interface Call {
        String run() throws WxErrorException;
    }

    private String call(Call call) throws MassSendException {
        if (!settings.canCallApi()) {
            throw new MassSendException(Kind.NOT_SENT, 0, "WeChat credentials are not configured");
        }
        try {
            return call.run();
        } catch (WxErrorException e) {
            if (e.getCause() instanceof ConnectException || e.getCause() instanceof UnknownHostException) {
                throw new MassSendException(Kind.NOT_SENT, 0, "WeChat unreachable");
            }
            int errcode = e.getError() == null ? 0 : e.getError().getErrorCode();
            if (errcode == 0 || e.getCause() instanceof java.io.IOException) {
                throw new MassSendException(Kind.UNCERTAIN, 0, "no answer from WeChat");
            }
            String message = "errcode " + errcode + " " + e.getError().getErrorMsg();
            throw new MassSendException(kindOf(errcode), errcode, message);
        } catch (RuntimeException e) {
            // WxJava gave up (system busy repeated, an unreadable answer): WeChat may have acted.
            throw new MassSendException(
                    Kind.UNCERTAIN,
                    0,
                    "no clear answer from WeChat (" + e.getClass().getSimpleName() + ")");
        }
    }

    static Kind kindOf(int errcode) {
        return switch (errcode) {
            case 45009, 45028 -> Kind.QUOTA;
            case 48001 -> Kind.UNAUTHORIZED;
            case -1 -> Kind.UNCERTAIN;
            default -> Kind.REFUSED;
        };
    }
}
