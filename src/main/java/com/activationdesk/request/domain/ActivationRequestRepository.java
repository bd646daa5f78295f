package com.activationdesk.request.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivationRequestRepository extends JpaRepository<ActivationRequest, Long>,
        JpaSpecificationExecutor<ActivationRequest> {

    @Query(value = "SELECT NEXTVAL(request_reference_seq)", nativeQuery = true)
    long nextReferenceNumber();

    @Query("""
            SELECT COUNT(r) > 0 FROM ActivationRequest r
            WHERE r.data.administrator.email = :email AND r.status IN :statuses
              AND (:excludeId IS NULL OR r.id <> :excludeId)""")
    boolean adminEmailInUse(@Param("email") String email, @Param("statuses") Collection<RequestStatus> statuses,
                            @Param("excludeId") Long excludeId);

    @Query("""
            SELECT COUNT(r) > 0 FROM ActivationRequest r
            WHERE r.status IN :statuses AND (:excludeId IS NULL OR r.id <> :excludeId)
              AND ((:vat IS NOT NULL AND r.vatNormalized = :vat)
                   OR (:name IS NOT NULL AND r.customerNameNormalized = :name
                       AND r.data.company.country = :country))""")
    boolean customerExists(@Param("vat") String vat, @Param("name") String name, @Param("country") String country,
                           @Param("statuses") Collection<RequestStatus> statuses, @Param("excludeId") Long excludeId);

    /** Invitations whose 72 hours are over but whose request still says sent; the expiry job moves them. */
    @Query("""
            SELECT r.id FROM ActivationRequest r
            WHERE r.status = com.activationdesk.request.domain.RequestStatus.INVITATION_SENT
              AND r.invitation.expiresAt <= :now ORDER BY r.invitation.expiresAt""")
    List<Long> findIdsWithExpiredInvitation(@Param("now") Instant now);

    /** The open requests {@link #reassignPartnerRequests} moves, with their manager before the move. */
    @Query(nativeQuery = true, value = """
            SELECT r.id, r.reference, m.id AS managerId, m.display_name AS managerName, m.email AS managerEmail
            FROM activation_request r LEFT JOIN app_user m ON m.id = r.responsible_manager_id
            WHERE r.partner_id = :partnerId AND r.submitted_at IS NOT NULL AND r.status NOT IN (:closed)
            ORDER BY r.id""")
    List<ManagedRequest> findOpenPartnerRequests(@Param("partnerId") long partnerId,
                                                 @Param("closed") Collection<String> closed);

    /** The open requests {@link #reassignDistributorRequests} moves, with their manager before the move. */
    @Query(nativeQuery = true, value = """
            SELECT r.id, r.reference, m.id AS managerId, m.display_name AS managerName, m.email AS managerEmail
            FROM activation_request r LEFT JOIN app_user m ON m.id = r.responsible_manager_id
            WHERE r.distributor_id = :distributorId AND r.submitted_at IS NOT NULL AND r.status NOT IN (:closed)
            ORDER BY r.id""")
    List<ManagedRequest> findOpenDistributorRequests(@Param("distributorId") long distributorId,
                                                     @Param("closed") Collection<String> closed);

    /** A request and its responsible manager, for the audit entry of a reassignment. */
    interface ManagedRequest {
        long getId();

        String getReference();

        Long getManagerId();

        String getManagerName();

        String getManagerEmail();
    }

    /** Follows a CAM change of a tier-1 partner: the open requests go to the new CAM. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            UPDATE activation_request SET responsible_manager_id = :managerId, version = version + 1
            WHERE partner_id = :partnerId AND submitted_at IS NOT NULL AND status NOT IN (:closed)""")
    int reassignPartnerRequests(@Param("partnerId") long partnerId, @Param("managerId") Long managerId,
                                @Param("closed") Collection<String> closed);

    /** Follows a DAM change of a distributor. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            UPDATE activation_request SET responsible_manager_id = :managerId, version = version + 1
            WHERE distributor_id = :distributorId AND submitted_at IS NOT NULL AND status NOT IN (:closed)""")
    int reassignDistributorRequests(@Param("distributorId") long distributorId, @Param("managerId") Long managerId,
                                    @Param("closed") Collection<String> closed);
}
