-- No event may claim to be produced in the future (a producer's clock gone wrong).
select event_key, produced_at
from {{ ref('stg_events') }}
where produced_at > current_timestamp + interval '1' hour
