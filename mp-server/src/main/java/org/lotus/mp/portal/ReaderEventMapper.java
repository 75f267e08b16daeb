package org.lotus.mp.portal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ReaderEventMapper extends BaseMapper<ReaderEvent> {}
