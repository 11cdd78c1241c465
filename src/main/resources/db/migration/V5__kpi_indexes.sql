-- The numbers (/api/stats) select by period: the deadline rates by the step's due date, the 清欠 series by the
-- payment's date. case_file already has (case_type, received_at) and (case_type, closed_at).
create index step_deadline_step_due on step_deadline (case_type, step_key, due_at);
create index complaint_payment_recorded on complaint_payment (recorded_at);
