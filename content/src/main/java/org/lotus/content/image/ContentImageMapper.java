package org.lotus.content.image;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ContentImageMapper extends BaseMapper<ContentImage> {}
