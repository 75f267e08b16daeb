package org.lotus.mp.audit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AuditEventMapper extends BaseMapper<AuditEvent> {}
