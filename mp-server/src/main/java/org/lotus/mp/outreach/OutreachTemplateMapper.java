package org.lotus.mp.outreach;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface OutreachTemplateMapper extends BaseMapper<OutreachTemplate> {}
