-- The daily mart counts every staged event exactly once: a row here is a day that does not add up.
with staged as (
    select cast(date_trunc('day', produced_at) as date) as event_date, count(*) as events
    from {{ ref('stg_events') }}
    group by 1
),
mart as (
    select event_date, sum(events) as events
    from {{ ref('fct_daily_events') }}
    group by 1
)
select staged.event_date, staged.events as staged_events, mart.events as mart_events
from staged
full outer join mart on staged.event_date = mart.event_date
where coalesce(staged.events, -1) <> coalesce(mart.events, -1)
