-- Events per day and type: the gold table analysts query.
select
    cast(date_trunc('day', produced_at) as date) as event_date,
    event_type,
    count(*) as events,
    count(distinct event_source) as sources
from {{ ref('stg_events') }}
group by 1, 2
