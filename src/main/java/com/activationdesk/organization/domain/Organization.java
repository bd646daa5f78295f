package com.activationdesk.organization.domain;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A company taking part in the process. Which fields apply depends on the type: a tier-1 partner has a CAM,
 * a tier-2 partner works with distributors, a distributor has a DAM. The database checks these combinations.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganizationType type;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private PartnerTier tier;

    /** ISO 3166-1 alpha-2. */
    @Column(length = 2)
    private String country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cam_id")
    private AppUser cam;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dam_id")
    private AppUser dam;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "partner_distributor",
            joinColumns = @JoinColumn(name = "partner_id"),
            inverseJoinColumns = @JoinColumn(name = "distributor_id"))
    private Set<Organization> distributors = new LinkedHashSet<>();

    protected Organization() {
    }

    public Organization(String name, OrganizationType type, PartnerTier tier, String country) {
        this.name = name;
        this.type = type;
        this.tier = tier;
        this.country = country;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationType getType() {
        return type;
    }

    public PartnerTier getTier() {
        return tier;
    }

    public void setTier(PartnerTier tier) {
        this.tier = tier;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public AppUser getCam() {
        return cam;
    }

    public void setCam(AppUser cam) {
        this.cam = cam;
    }

    public AppUser getDam() {
        return dam;
    }

    public void setDam(AppUser dam) {
        this.dam = dam;
    }

    public Set<Organization> getDistributors() {
        return distributors;
    }

    public boolean isPartner() {
        return type == OrganizationType.PARTNER;
    }

    public boolean isTier1Partner() {
        return isPartner() && tier == PartnerTier.TIER_1;
    }

    public boolean isTier2Partner() {
        return isPartner() && tier == PartnerTier.TIER_2;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Organization other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Organization.class.hashCode();
    }
}
