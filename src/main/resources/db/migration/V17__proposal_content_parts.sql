-- A proposal filed in its three parts (the member portal's form) keeps them, so that its readers see the problem,
-- the analysis and the suggestions under headings in their own language; content stays the whole text everyone
-- else reads (search, letters, reports). Proposals filed as one text have no parts.
alter table proposal add column problem     varchar(16000);
alter table proposal add column analysis    varchar(16000);
alter table proposal add column suggestions varchar(16000);
