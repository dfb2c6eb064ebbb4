{#- A model's schema is the one its folder names (staging, gold), not <target>_<schema>:
    Trino's access rules grant the dbt user exactly those schemas. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ custom_schema_name if custom_schema_name is not none else target.schema }}
{%- endmacro %}
