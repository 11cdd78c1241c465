-- Rating (评价) and rehandling (重办) exist once, in the kernel: every case type keeps them on its case file,
-- not in its own table. The report reads them from there.
alter table case_file add column satisfaction varchar(32);
alter table case_file add column rehandle_count integer not null default 0;

update case_file set satisfaction = (select c.satisfaction from complaint c where c.case_no = case_file.case_no),
                     rehandle_count = (select c.rehandle_count from complaint c where c.case_no = case_file.case_no)
where case_type = 'COMPLAINT' and exists (select 1 from complaint c where c.case_no = case_file.case_no);
update case_file set satisfaction = (select p.satisfaction from proposal p where p.case_no = case_file.case_no),
                     rehandle_count = (select p.rehandle_count from proposal p where p.case_no = case_file.case_no)
where case_type = 'PROPOSAL' and exists (select 1 from proposal p where p.case_no = case_file.case_no);

drop view report_case;
alter table report_facts drop column satisfaction;
alter table report_facts drop column rehandle_count;
alter table complaint drop column satisfaction;
alter table complaint drop column rehandle_count;
alter table proposal drop column satisfaction;
alter table proposal drop column rehandle_count;

create view report_case as
select f.case_no, f.case_type, f.title, f.status, f.unit_code, f.received_at, f.closed_at, f.overdue,
       r.party_name, r.party_type, r.region, r.category, r.amount_owed, r.amount_recovered, f.satisfaction,
       f.rehandle_count
from case_file f left join report_facts r on r.case_no = f.case_no;
