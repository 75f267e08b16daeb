package org.lotus.mp.readers;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ReaderMapper extends BaseMapper<Reader> {}
