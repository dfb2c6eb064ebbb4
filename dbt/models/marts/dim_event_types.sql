-- Every event type seen, when it first and last appeared.
select
    event_type,
    min(produced_at) as first_seen,
    max(produced_at) as last_seen,
    count(*) as events
from {{ ref('stg_events') }}
group by 1
