-- The revenue mart adds up every dated staged order exactly once: a row here is a day whose
-- revenue or order count does not match staging.
with staged as (
    select cast(date_trunc('day', ordered_at) as date) as order_date, count(*) as orders, sum(price) as revenue
    from {{ ref('stg_orders') }}
    where ordered_at is not null
    group by 1
),
mart as (
    select order_date, sum(orders) as orders, sum(revenue) as revenue
    from {{ ref('fct_daily_revenue') }}
    group by 1
)
select staged.order_date, staged.orders as staged_orders, mart.orders as mart_orders
from staged
full outer join mart on staged.order_date = mart.order_date
where coalesce(staged.orders, -1) <> coalesce(mart.orders, -1)
    or coalesce(staged.revenue, -1) <> coalesce(mart.revenue, -1)
