--liquibase formatted sql

--changeset activationdesk:009-request-fulltext
-- The grid's free text finds customers by the start of any word of their name without scanning every row.
CREATE FULLTEXT INDEX ft_request_customer_name ON activation_request (customer_name, customer_other_names);
--rollback DROP INDEX ft_request_customer_name ON activation_request;
