package org.lotus.content.section;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The sections and menu groups, in menu order. */
@Service
public class Sections {

    private final SectionMapper sections;
    private final MenuGroupMapper groups;

    Sections(SectionMapper sections, MenuGroupMapper groups) {
        this.sections = sections;
        this.groups = groups;
    }

    public Optional<Section> find(String key) {
        return Optional.ofNullable(sections.selectOne(new QueryWrapper<Section>().eq("section_key", key)));
    }

    /** Every section, ordered by group then position. */
    public List<Section> all() {
        return sections.selectList(
                new QueryWrapper<Section>().orderByAsc("position").orderByAsc("id"));
    }

    public List<MenuGroup> groups() {
        return groups.selectList(
                new QueryWrapper<MenuGroup>().orderByAsc("position").orderByAsc("id"));
    }

    public void update(Section section) {
        section.setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
        sections.updateById(section);
    }

    public void update(MenuGroup group) {
        groups.updateById(group);
    }
}
