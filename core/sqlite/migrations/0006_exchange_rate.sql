-- Schema 6: the yearly average exchange rates the officers maintain for programme reports.
-- per_usd is the number of units of the currency one US dollar buys on average over the year,
-- as exact decimal text (at most 8 decimals): never a binary floating-point number. USD itself
-- has no row (its rate is 1). No rate ships with the application: a missing rate is reported,
-- never guessed.
CREATE TABLE exchange_rate (
    currency TEXT NOT NULL REFERENCES currency(code), year INTEGER NOT NULL, per_usd TEXT NOT NULL,
    source TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    PRIMARY KEY (currency, year));
