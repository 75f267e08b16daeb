package org.lotus.mp.lexicon;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface LexiconMapper extends BaseMapper<LexiconRow> {

    @Select("SELECT revision FROM lexicon_revision WHERE id = 1")
    long revision();

    @Update("UPDATE lexicon_revision SET revision = revision + 1 WHERE id = 1")
    int bumpRevision();

    /** Claims the first seeding: only the instance that moves the revision from 0 to 1 seeds. */
    @Update("UPDATE lexicon_revision SET revision = 1 WHERE id = 1 AND revision = 0")
    int claimSeeding();
}
