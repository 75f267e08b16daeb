package org.lotus.mp.wechat;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.util.http.RequestExecutor;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import org.lotus.mp.metrics.LotusMeters;

/**
 * WxJava's client, counting each call it makes in {@code lotus_wechat_calls_total{endpoint,errcode}} as Lotus's own
 * calls are: the endpoint is the API path without its query (which may hold a media id), errcode 0 is success, "none"
 * when no answer came.
 */
class CountedWxMpService extends WxMpServiceImpl {

    @Override
    public <T, E> T execute(RequestExecutor<T, E> executor, String uri, E data) throws WxErrorException {
        String endpoint = endpoint(uri);
        try {
            T result = super.execute(executor, uri, data);
            LotusMeters.wechatCall(endpoint, "0");
            return result;
        } catch (WxErrorException e) {
            LotusMeters.wechatCall(
                    endpoint,
                    e.getError() == null
                            ? "none"
                            : Integer.toString(e.getError().getErrorCode()));
            throw e;
        } catch (RuntimeException e) {
            LotusMeters.wechatCall(endpoint, "none");
            throw e;
        }
    }

    /** {@code https://host/cgi-bin/menu/create?x=y} → {@code menu/create}. */
    static String endpoint(String uri) {
        String path = uri;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        int cgi = path.indexOf("/cgi-bin/");
        if (cgi >= 0) {
            return path.substring(cgi + "/cgi-bin/".length());
        }
        int scheme = path.indexOf("://");
        int slash = path.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "unknown" : path.substring(slash + 1);
    }
}
