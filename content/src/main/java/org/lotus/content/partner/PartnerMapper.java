package org.lotus.content.partner;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface PartnerMapper extends BaseMapper<Partner> {}
