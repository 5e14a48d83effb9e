-- The queues' default order is coalesce(submitted_at, 'infinity') (never null, so that previous/next can
-- compare), which the index on the bare column could not give: at 50,000 waiting applications every queue
-- page sorted them all (issue 14's load benchmark, 227 ms a page under load). One index for the school's
-- queue (every college) and one for a college's, both in that order; the counts use their leading columns.
drop index review_item_queue_idx;
create index review_item_queue_idx on review_item
    (state, graduation_year, (coalesce(submitted_at, 'infinity'::timestamptz)), kind, item_id);
create index review_item_college_queue_idx on review_item
    (state, graduation_year, college_id, (coalesce(submitted_at, 'infinity'::timestamptz)), kind, item_id);
