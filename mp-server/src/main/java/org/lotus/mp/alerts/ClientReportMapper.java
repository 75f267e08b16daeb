package org.lotus.mp.alerts;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ClientReportMapper extends BaseMapper<ClientReport> {

    /** Ids of the stored reader messages (voice answers) a report points to, by WeChat message id. */
    @Select("<script>SELECT id FROM reader_message WHERE wx_msg_id IN "
            + "<foreach item='m' collection='ids' open='(' separator=',' close=')'>#{m}</foreach> ORDER BY id</script>")
    List<Long> messageIds(@Param("ids") List<String> wechatIds);
}
