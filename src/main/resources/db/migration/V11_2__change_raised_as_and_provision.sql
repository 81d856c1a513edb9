-- Requests for change as FITS says (issue 10): the function a request is raised as decides who completes step 2
-- (implementation for design's new requirements, 001 task 7), and provision buys what an approved change needs
-- (003: only authorised purchases), recording the order and the delivery.
alter table request_for_change add column raised_as varchar(30);
alter table request_for_change add column purchase_needed boolean default false not null;
alter table request_for_change add column supplier varchar(200);
alter table request_for_change add column order_reference varchar(100);
alter table request_for_change add column ordered_on date;
alter table request_for_change add column expected_delivery_on date;
alter table request_for_change add column ordered_by varchar(64);
alter table request_for_change add column delivered_on date;
alter table request_for_change add column delivery_notes varchar(4000);
alter table request_for_change add column delivery_recorded_by varchar(64);
