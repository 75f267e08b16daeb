package org.lotus.mp.outreach;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface OutreachContactMapper extends BaseMapper<OutreachContact> {}
