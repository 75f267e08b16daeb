package org.lotus.mp.conversations;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ReplyTemplateMapper extends BaseMapper<ReplyTemplate> {}
