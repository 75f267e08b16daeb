package org.lotus.mp.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The endpoint tag of a WxJava call never carries its query (a media id, a token). */
class CountedWxMpServiceTest {

    @Test
    void namesTheApiPathWithoutHostOrQuery() {
        assertThat(CountedWxMpService.endpoint("https://api.weixin.qq.com/cgi-bin/menu/create"))
                .isEqualTo("menu/create");
        assertThat(CountedWxMpService.endpoint("http://127.0.0.1:8089/cgi-bin/media/get?media_id=abc"))
                .isEqualTo("media/get");
        assertThat(CountedWxMpService.endpoint("https://api.weixin.qq.com/sns/oauth2/access_token?code=x"))
                .isEqualTo("sns/oauth2/access_token");
        assertThat(CountedWxMpService.endpoint("nonsense")).isEqualTo("unknown");
    }
}
