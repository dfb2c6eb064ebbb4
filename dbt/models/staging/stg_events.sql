-- Silver's latest record per key, with the fields the marts use taken out of the JSON payload.
select
    key as event_key,
    json_extract_scalar(payload, '$.type') as event_type,
    json_extract_scalar(payload, '$.source') as event_source,
    produced_at,
    updated_at
from {{ source('silver', 'events') }}
where key is not null
