-- Orders and revenue per day and country: the gold table of the orders the gate let through.
select
    cast(date_trunc('day', ordered_at) as date) as order_date,
    country_code,
    count(*) as orders,
    count(distinct customer_id) as customers,
    sum(quantity) as items,
    sum(price) as revenue,
    avg(price) as average_order_value
from {{ ref('stg_orders') }}
where ordered_at is not null
group by 1, 2
