package org.lotus.mp.staff;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;

/** A person who works in the CMS or the API. Times are UTC. */
@TableName("staff_account")
public class StaffAccount {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String username;
    private String passwordHash;
    /** Comma-separated, see {@link Role#format}. */
    private String roles;

    private String displayName;
    private String language;
    private Boolean enabled;
    private Boolean passwordChangeRequired;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }

    /** The roles held (an account may hold several, e.g. EDITOR and MODERATOR). */
    public Set<Role> roleSet() {
        return Role.parse(roles);
    }

    public void assignRoles(Collection<Role> held) {
        this.roles = Role.format(held);
    }

    /** The strongest role held, for displays that show one. */
    public Role getRole() {
        return roleSet().stream().findFirst().orElse(null);
    }

    public boolean holds(Role role) {
        return roleSet().contains(role);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Boolean getPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(Boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public boolean mustChangePassword() {
        return Boolean.TRUE.equals(passwordChangeRequired);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
