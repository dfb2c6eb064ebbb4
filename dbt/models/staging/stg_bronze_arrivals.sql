-- What arrives in bronze per hour: the ingest's own health, independent of the nightly merge.
select
    date_trunc('hour', ingested_at) as arrival_hour,
    count(*) as records,
    count(distinct key) as distinct_keys
from {{ source('bronze', 'events') }}
group by 1
