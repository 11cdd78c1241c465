-- Who else may see a case besides its owner and its current unit: a proposal's cosigners, every unit
-- assigned to it, the leader who supervises it. One table, read by the one visibility rule.
create table case_access (
    case_no   varchar(32) not null references case_file(case_no),
    kind      varchar(8)  not null, -- USER, UNIT
    principal varchar(64) not null,
    reason    varchar(32) not null, -- COSIGNER, LEAD_UNIT, CO_UNIT, SPLIT_UNIT, LEADER
    primary key (case_no, kind, principal, reason)
);
create index case_access_principal on case_access (kind, principal);

create table proposal (
    case_no            varchar(32)  primary key references case_file(case_no),
    session_year       integer      not null,
    title              varchar(300) not null,
    content            varchar(50000) not null,
    category           varchar(100) not null,
    proposal_type      varchar(16)  not null, -- INDIVIDUAL, JOINT, COLLECTIVE
    merged_into        varchar(32),
    forwarded_as_opinion boolean    not null default false,
    mode               varchar(8),            -- LEAD, SPLIT
    lead_unit          varchar(32) references unit(code),
    key_proposal       boolean      not null default false,
    supervising_leader varchar(64),
    reply_class        varchar(1),
    reply_text         varchar(10000),
    publishable        boolean,
    replied_at         timestamp with time zone,
    published_at       timestamp with time zone,
    satisfaction       varchar(32),
    rehandle_count     integer      not null default 0
);
create index proposal_year on proposal (session_year);
create index proposal_published on proposal (published_at);

-- the initiator signs first (position 0); cosigners follow in the order given
create table proposal_signer (
    case_no   varchar(32) not null references case_file(case_no),
    username  varchar(64) not null references app_user(username),
    position  integer     not null,
    status    varchar(16) not null, -- INITIATOR, INVITED, CONFIRMED, DECLINED, NO_ANSWER
    primary key (case_no, username)
);

create table proposal_unit (
    case_no      varchar(32) not null references case_file(case_no),
    unit_code    varchar(32) not null references unit(code),
    role         varchar(8)  not null, -- LEAD, CO, SPLIT
    status       varchar(16) not null, -- ASSIGNED, ACCEPTED, OBJECTED
    reply_class  varchar(1),
    reply_text   varchar(10000),
    publishable  boolean,
    replied_at   timestamp with time zone,
    primary key (case_no, unit_code)
);
