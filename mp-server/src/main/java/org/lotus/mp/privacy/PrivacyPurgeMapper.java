package org.lotus.mp.privacy;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface PrivacyPurgeMapper extends BaseMapper<PrivacyPurge> {}
