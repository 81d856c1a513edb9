-- The items of the configuration register a request for change concerns (001 task 7, "unique identifier(s)": the
-- asset references of the affected equipment), picked from the register at step 1. When the change is carried out
-- (wholly or partly) each of them records it as its last change.
create table request_for_change_item (
    request_for_change_id bigint      not null references request_for_change (id),
    position              integer     not null,
    asset_reference       varchar(64) not null,
    primary key (request_for_change_id, position)
);
