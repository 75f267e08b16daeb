package org.lotus.content.announcement;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AnnouncementMapper extends BaseMapper<Announcement> {}
