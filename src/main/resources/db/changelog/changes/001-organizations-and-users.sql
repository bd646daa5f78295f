--liquibase formatted sql

--changeset activationdesk:001-organization
CREATE TABLE organization (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    name     VARCHAR(200) NOT NULL,
    type     VARCHAR(20)  NOT NULL,
    tier     VARCHAR(10),
    country  VARCHAR(2),
    cam_id   BIGINT,
    dam_id   BIGINT,
    -- target of app_user's (organization_id, organization_type) foreign key
    CONSTRAINT uk_organization_id_type UNIQUE (id, type),
    CONSTRAINT ck_organization_type CHECK (type IN ('VENDOR', 'DISTRIBUTOR', 'PARTNER', 'END_CUSTOMER')),
    CONSTRAINT ck_organization_tier CHECK ((type = 'PARTNER') = (tier IS NOT NULL) AND (tier IS NULL OR tier IN ('TIER_1', 'TIER_2'))),
    CONSTRAINT ck_organization_cam CHECK (cam_id IS NULL OR COALESCE(tier = 'TIER_1', FALSE)),
    CONSTRAINT ck_organization_dam CHECK (dam_id IS NULL OR type = 'DISTRIBUTOR')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_organization_type_name ON organization (type, name);
--rollback DROP TABLE organization;

--changeset activationdesk:001-app-user
CREATE TABLE app_user (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(120) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    role               VARCHAR(20)  NOT NULL,
    organization_id    BIGINT       NOT NULL,
    organization_type  VARCHAR(20)  NOT NULL,
    preferred_language VARCHAR(2),
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_app_user_email UNIQUE (email),
    CONSTRAINT fk_app_user_organization FOREIGN KEY (organization_id, organization_type)
        REFERENCES organization (id, type),
    CONSTRAINT ck_app_user_email_lower CHECK (email COLLATE utf8mb4_bin = LOWER(email) COLLATE utf8mb4_bin),
    CONSTRAINT ck_app_user_language CHECK (preferred_language IS NULL OR preferred_language IN ('de', 'en')),
    CONSTRAINT ck_app_user_role_organization CHECK (
        (role = 'PARTNER' AND organization_type = 'PARTNER')
        OR (role = 'DISTRIBUTOR' AND organization_type = 'DISTRIBUTOR')
        OR (role IN ('CAM', 'DAM', 'CLOUD_OPS', 'ADMIN') AND organization_type = 'VENDOR')
        OR (role = 'CUSTOMER_ADMIN' AND organization_type = 'END_CUSTOMER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_app_user_role ON app_user (role, display_name);
--rollback DROP TABLE app_user;

--changeset activationdesk:001-account-manager-fks
ALTER TABLE organization
    ADD CONSTRAINT fk_organization_cam FOREIGN KEY (cam_id) REFERENCES app_user (id),
    ADD CONSTRAINT fk_organization_dam FOREIGN KEY (dam_id) REFERENCES app_user (id);

--changeset activationdesk:001-partner-distributor
CREATE TABLE partner_distributor (
    partner_id     BIGINT NOT NULL,
    distributor_id BIGINT NOT NULL,
    PRIMARY KEY (partner_id, distributor_id),
    CONSTRAINT fk_partner_distributor_partner FOREIGN KEY (partner_id) REFERENCES organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_partner_distributor_distributor FOREIGN KEY (distributor_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_partner_distributor_distributor ON partner_distributor (distributor_id);
--rollback DROP TABLE partner_distributor;
