package org.lotus.mp.comments;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface StaffReplyMapper extends BaseMapper<StaffReply> {}
