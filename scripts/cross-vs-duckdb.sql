-- Independent recomputation of `rsheet summary` figures from the raw RS
-- CSVs ($CSV/5-4.csv …, unpacked from the official ZIPs), compared with
-- the tables `rsheet summary -o $OUT` wrote. Run by scripts/cross-vs-duckdb.sh.
-- Statements are separated by a semicolon and a blank line.

-- 5-2: the blocks and how they are paid. A block with a row 担当組織からの支出
-- (no 支出元の支出先ブロック) and no other row is direct, one with only
-- rows from other blocks is re-delegated; "mixed" blocks have both.
CREATE TABLE flow AS
SELECT "予算事業ID" AS id, trim("支出先の支出先ブロック") AS block,
       bool_and(coalesce(trim("支出元の支出先ブロック"), '') = '') AS direct,
       bool_and(coalesce(trim("支出元の支出先ブロック"), '') <> '') AS redelegated
FROM read_csv('$CSV/5-2.csv', all_varchar = true)
WHERE coalesce(trim("支出先の支出先ブロック"), '') <> ''
GROUP BY ALL;

-- 5-4 contracts: the empty row every project has is skipped; 入札者数 0
-- with 落札率 0 means "not applicable" (2024).
CREATE TABLE c54 AS
SELECT r."府省庁" AS ministry,
       trim(r."契約方式等（国庫債務負担行為等による契約）") AS method,
       CAST(CAST(trim(r."契約額（国庫債務負担行為等による契約）") AS DECIMAL(20, 1)) AS BIGINT) AS amount,
       TRY_CAST(r."入札者数（応募者数）（国庫債務負担行為等による契約）" AS INTEGER) AS b,
       TRY_CAST(r."落札率（％）（国庫債務負担行為等による契約）" AS DOUBLE) AS rate,
       f.redelegated, f.direct
FROM read_csv('$CSV/5-4.csv', all_varchar = true) r
LEFT JOIN flow f ON f.id = r."予算事業ID" AND f.block = trim(r."支出先ブロック（国庫債務負担行為等による契約）")
WHERE coalesce(trim(r."契約先名（国庫債務負担行為等による契約）"), '') <> ''
   OR coalesce(trim(r."契約額（国庫債務負担行為等による契約）"), '') <> '';

CREATE TABLE duck_one_bidder AS
SELECT ministry,
       count(*) FILTER (WHERE redelegated IS NOT TRUE) AS contracts,
       count(*) FILTER (WHERE redelegated IS NOT TRUE AND comp AND known) AS bidders_known,
       count(*) FILTER (WHERE redelegated IS NOT TRUE AND comp AND known AND b = 1) AS one_bidder,
       sum(amount) FILTER (WHERE redelegated IS NOT TRUE AND comp AND known) AS known_amount,
       sum(amount) FILTER (WHERE redelegated IS NOT TRUE AND comp AND known AND b = 1) AS one_amount,
       count(*) FILTER (WHERE direct IS NOT TRUE AND redelegated IS NOT TRUE AND flowed) AS mixed_block_contracts
FROM (SELECT *, regexp_matches(method, '^(一般競争契約|指名競争契約)（(最低価格|総合評価)）(\(.*\))?$') AS comp,
             b IS NOT NULL AND NOT (b = 0 AND coalesce(rate, -1) = 0) AS known,
             direct IS NOT NULL AS flowed
      FROM c54)
GROUP BY ministry;

-- 1. 一者応札 share of competitive contracts by ministry (5-4): DuckDB vs rsheet
SELECT d.ministry, d.contracts AS duck_n, s.contracts AS rsheet_n,
       d.one_bidder || '/' || d.bidders_known AS duck_one, s.one_bidder || '/' || s.bidders_known AS rsheet_one,
       round(100.0 * d.one_bidder / nullif(d.bidders_known, 0), 1) AS duck_pct,
       round(100 * s.one_bidder_share, 1) AS rsheet_pct,
       round(100.0 * d.one_amount / nullif(d.known_amount, 0), 1) AS duck_amount_pct,
       round(100 * s.one_bidder_amount_share, 1) AS rsheet_amount_pct,
       d.mixed_block_contracts AS mixed,
       (d.contracts = s.contracts AND d.one_bidder = s.one_bidder AND d.bidders_known = s.bidders_known
        AND coalesce(d.one_amount, 0) = coalesce(s.one_bidder_amount, 0)) AS agree
FROM duck_one_bidder d
FULL JOIN (SELECT * FROM '$OUT/summary_contracts.parquet' WHERE "by" = 'ministry' AND source = 'debt_contracts') s
  ON s."group" = d.ministry
ORDER BY coalesce(d.bidders_known, 0) DESC, d.ministry;

-- 5-3 uses keyed like crossproject.EntityKey (法人番号 with its check digit,
-- placeholders out, local governments by code, その他 per block, else the
-- name; the SQL does not normalise names — it matters only for name keys)
CREATE TABLE u AS
SELECT *, CASE
    WHEN trim(name) = 'その他' THEN 'other:2024/' || lpad(id, 6, '0') || '/' || block
    WHEN valid AND substr(n, 2, 6) = '000020' THEN 'lg:' || substr(n, 8, 6)
    WHEN valid THEN 'cn:' || n
    ELSE 'name:' || replace(replace(name, ' ', ''), '　', '') END AS entity
FROM (SELECT "予算事業ID" AS id, trim("支出先ブロック番号") AS block, "支出先名" AS name, trim("法人番号") AS n,
             CAST(CAST(trim("金額") AS DECIMAL(20, 1)) AS BIGINT) AS amount,
             coalesce(regexp_full_match(trim("法人番号"), '[0-9]{13}')
               AND trim("法人番号") <> repeat(substr(trim("法人番号"), 1, 1), 13)
               AND TRY_CAST(substr(trim("法人番号"), 1, 1) AS INTEGER) = 9 - list_sum(list_transform(range(1, 13),
                     i -> TRY_CAST(substr(trim("法人番号"), 14 - i, 1) AS INTEGER) * CASE WHEN i % 2 = 1 THEN 1 ELSE 2 END)) % 9,
               false) AS valid
      FROM read_csv('$CSV/5-3.csv', all_varchar = true)
      WHERE "支出先名" IS NOT NULL OR "金額" IS NOT NULL);

-- 2. top 10 entities by amount in 費目・使途 (5-3): DuckDB vs rsheet
SELECT d.rank, d.entity AS duck_entity, d.amount AS duck_amount, r.entity_key AS rsheet_entity, r.received AS rsheet_amount,
       r.name, d.entity = r.entity_key AND d.amount = r.received AS agree
FROM (SELECT row_number() OVER (ORDER BY sum(amount) DESC, entity) AS rank, entity, sum(amount) AS amount
      FROM u GROUP BY entity ORDER BY amount DESC, entity LIMIT 10) d
JOIN (SELECT row_number() OVER (ORDER BY received DESC, entity_key) AS rank, entity_key, received, name
      FROM '$OUT/entity_totals.parquet' WHERE source = 'uses' ORDER BY received DESC, entity_key LIMIT 10) r
  ON r.rank = d.rank
ORDER BY d.rank;

-- 3. 執行額 of the execution year (事業年度 − 1) by ministry (2-1 totals rows): DuckDB vs rsheet
SELECT d.ministry, d.executed AS duck_executed, s.executed AS rsheet_executed, d.below_half AS duck_below_half,
       s.projects_below_half AS rsheet_below_half, d.executed = s.executed AND d.below_half = s.projects_below_half AS agree
FROM (SELECT "府省庁" AS ministry, sum(x) AS executed, count(*) FILTER (WHERE t > 0 AND x IS NOT NULL AND x / t < 0.5) AS below_half
      FROM (SELECT "府省庁", TRY_CAST(CAST(trim("執行額（合計）") AS DECIMAL(20, 1)) AS BIGINT) AS x,
                   TRY_CAST(CAST(trim("計（歳出予算現額合計）") AS DECIMAL(20, 1)) AS BIGINT) AS t
            FROM read_csv('$CSV/2-1.csv', all_varchar = true)
            WHERE CAST("予算年度" AS INTEGER) = CAST("事業年度" AS INTEGER) - 1 AND "会計区分" IS NULL)
      GROUP BY ALL) d
FULL JOIN '$OUT/summary_ministry.parquet' s ON s.ministry = d.ministry
ORDER BY d.executed DESC NULLS LAST;

-- totals of the three checks
SELECT (SELECT count(*) FROM duck_one_bidder) AS ministries_with_5_4,
       (SELECT sum(contracts) FROM duck_one_bidder) AS contracts_5_4,
       (SELECT sum(one_bidder) FROM duck_one_bidder) AS one_bidder,
       (SELECT sum(bidders_known) FROM duck_one_bidder) AS bidders_known,
       (SELECT count(*) FROM flow WHERE NOT direct AND NOT redelegated) AS mixed_blocks,
       (SELECT count(*) FROM u WHERE NOT valid AND n IS NOT NULL) AS uses_unusable_number,
       (SELECT count(*) FROM u WHERE n = '9999999999999') AS uses_placeholder_9999999999999;
