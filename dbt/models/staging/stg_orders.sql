-- Orders as uploaded to bronze (every value text), typed: a value that does not parse becomes
-- NULL here, which the quality gate's not-null and range checks then catch before gold.
-- No de-duplication: an order uploaded twice is two rows, and the gate's unique order_id
-- check stops the build.
select
    try_cast(trim(order_id) as bigint) as order_id,
    try_cast(trim(customer_id) as bigint) as customer_id,
    lower(trim(email)) as email,
    upper(trim(country_code)) as country_code,
    try_cast(trim(price) as decimal(12, 2)) as price,
    try_cast(trim(quantity) as integer) as quantity,
    try(from_iso8601_timestamp(trim(ordered_at))) as ordered_at,
    _source_file as source_file,
    _loaded_at as loaded_at
from {{ source('bronze', 'orders') }}
