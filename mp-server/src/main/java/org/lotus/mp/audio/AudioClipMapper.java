package org.lotus.mp.audio;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AudioClipMapper extends BaseMapper<AudioClip> {}
