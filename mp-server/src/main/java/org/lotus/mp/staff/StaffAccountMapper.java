package org.lotus.mp.staff;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface StaffAccountMapper extends BaseMapper<StaffAccount> {}
