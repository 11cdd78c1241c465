-- The register of every number given out (编号登记): a number is taken in its own short transaction, so
-- concurrent submissions do not queue behind one counter lock; a number whose submission then fails
-- stays here as VOID (作废) with the reason, so every gap in a series is explained.
create table case_number (
    series       varchar(16)   not null,
    number_year  integer       not null,
    seq          integer       not null,
    number       varchar(64)   not null,
    allocated_at timestamp with time zone not null,
    status       varchar(16)   not null, -- ALLOCATED (taken, its submission still running), USED, VOID
    void_reason  varchar(2000),
    primary key (series, number_year, seq)
);
create unique index case_number_number on case_number (series, number);
create index case_number_status on case_number (status);
