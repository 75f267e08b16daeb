package org.lotus.mp.outreach;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One contact made in virtual outreach; the number is a keyed hash, sealed, and its last four digits. */
@TableName("outreach_contact")
public class OutreachContact {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String platform;
    private String city;
    private LocalDate contactedOn;
    private String phoneHash;
    private String phoneSealed;
    private String phoneLastFour;
    private Long templateId;
    private String outcome;
    private String loggedBy;
    private LocalDateTime loggedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public void setContactedOn(LocalDate contactedOn) {
        this.contactedOn = contactedOn;
    }

    public String getPhoneHash() {
        return phoneHash;
    }

    public void setPhoneHash(String phoneHash) {
        this.phoneHash = phoneHash;
    }

    public String getPhoneSealed() {
        return phoneSealed;
    }

    public void setPhoneSealed(String phoneSealed) {
        this.phoneSealed = phoneSealed;
    }

    public String getPhoneLastFour() {
        return phoneLastFour;
    }

    public void setPhoneLastFour(String phoneLastFour) {
        this.phoneLastFour = phoneLastFour;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public void setLoggedBy(String loggedBy) {
        this.loggedBy = loggedBy;
    }

    public LocalDateTime getLoggedAt() {
        return loggedAt;
    }

    public void setLoggedAt(LocalDateTime loggedAt) {
        this.loggedAt = loggedAt;
    }
}
