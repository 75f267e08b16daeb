package org.lotus.content.section;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface SectionMapper extends BaseMapper<Section> {}
