-- Uncertainty: the founder's 90 % range on each of the contract's twelve
-- rangeable fields, two nullable columns each, typed like the field itself.
ALTER TABLE "ideas"
  ADD COLUMN "price_low" DECIMAL(14,2),
  ADD COLUMN "price_high" DECIMAL(14,2),
  ADD COLUMN "monthly_visitors_low" DECIMAL(14,2),
  ADD COLUMN "monthly_visitors_high" DECIMAL(14,2),
  ADD COLUMN "visitor_growth_rate_low" DECIMAL(12,8),
  ADD COLUMN "visitor_growth_rate_high" DECIMAL(12,8),
  ADD COLUMN "conversion_rate_low" DECIMAL(12,8),
  ADD COLUMN "conversion_rate_high" DECIMAL(12,8),
  ADD COLUMN "refund_rate_low" DECIMAL(12,8),
  ADD COLUMN "refund_rate_high" DECIMAL(12,8),
  ADD COLUMN "fee_rate_low" DECIMAL(12,8),
  ADD COLUMN "fee_rate_high" DECIMAL(12,8),
  ADD COLUMN "churn_rate_low" DECIMAL(12,8),
  ADD COLUMN "churn_rate_high" DECIMAL(12,8),
  ADD COLUMN "support_minutes_per_customer_low" DECIMAL(10,2),
  ADD COLUMN "support_minutes_per_customer_high" DECIMAL(10,2),
  ADD COLUMN "upkeep_hours_per_month_low" DECIMAL(10,2),
  ADD COLUMN "upkeep_hours_per_month_high" DECIMAL(10,2),
  ADD COLUMN "ad_spend_per_month_low" DECIMAL(14,2),
  ADD COLUMN "ad_spend_per_month_high" DECIMAL(14,2),
  ADD COLUMN "upfront_hours_low" DECIMAL(10,2),
  ADD COLUMN "upfront_hours_high" DECIMAL(10,2),
  ADD COLUMN "service_package_rate_low" DECIMAL(12,8),
  ADD COLUMN "service_package_rate_high" DECIMAL(12,8);

-- Hand-written: both ends or neither, low <= high, and the worksheet value
-- inside its range, as the zod schema and the engine require. A NULL range
-- passes (a CHECK is only violated by false).
ALTER TABLE "ideas"
  ADD CONSTRAINT "ideas_price_range" CHECK (("price_low" IS NULL) = ("price_high" IS NULL) AND "price_low" <= "price" AND "price" <= "price_high"),
  ADD CONSTRAINT "ideas_monthly_visitors_range" CHECK (("monthly_visitors_low" IS NULL) = ("monthly_visitors_high" IS NULL) AND "monthly_visitors_low" <= "monthly_visitors" AND "monthly_visitors" <= "monthly_visitors_high"),
  ADD CONSTRAINT "ideas_visitor_growth_rate_range" CHECK (("visitor_growth_rate_low" IS NULL) = ("visitor_growth_rate_high" IS NULL) AND "visitor_growth_rate_low" <= "visitor_growth_rate" AND "visitor_growth_rate" <= "visitor_growth_rate_high"),
  ADD CONSTRAINT "ideas_conversion_rate_range" CHECK (("conversion_rate_low" IS NULL) = ("conversion_rate_high" IS NULL) AND "conversion_rate_low" <= "conversion_rate" AND "conversion_rate" <= "conversion_rate_high"),
  ADD CONSTRAINT "ideas_refund_rate_range" CHECK (("refund_rate_low" IS NULL) = ("refund_rate_high" IS NULL) AND "refund_rate_low" <= "refund_rate" AND "refund_rate" <= "refund_rate_high"),
  ADD CONSTRAINT "ideas_fee_rate_range" CHECK (("fee_rate_low" IS NULL) = ("fee_rate_high" IS NULL) AND "fee_rate_low" <= "fee_rate" AND "fee_rate" <= "fee_rate_high"),
  ADD CONSTRAINT "ideas_churn_rate_range" CHECK (("churn_rate_low" IS NULL) = ("churn_rate_high" IS NULL) AND "churn_rate_low" <= "churn_rate" AND "churn_rate" <= "churn_rate_high"),
  ADD CONSTRAINT "ideas_support_minutes_per_customer_range" CHECK (("support_minutes_per_customer_low" IS NULL) = ("support_minutes_per_customer_high" IS NULL) AND "support_minutes_per_customer_low" <= "support_minutes_per_customer" AND "support_minutes_per_customer" <= "support_minutes_per_customer_high"),
  ADD CONSTRAINT "ideas_upkeep_hours_per_month_range" CHECK (("upkeep_hours_per_month_low" IS NULL) = ("upkeep_hours_per_month_high" IS NULL) AND "upkeep_hours_per_month_low" <= "upkeep_hours_per_month" AND "upkeep_hours_per_month" <= "upkeep_hours_per_month_high"),
  ADD CONSTRAINT "ideas_ad_spend_per_month_range" CHECK (("ad_spend_per_month_low" IS NULL) = ("ad_spend_per_month_high" IS NULL) AND "ad_spend_per_month_low" <= "ad_spend_per_month" AND "ad_spend_per_month" <= "ad_spend_per_month_high"),
  ADD CONSTRAINT "ideas_upfront_hours_range" CHECK (("upfront_hours_low" IS NULL) = ("upfront_hours_high" IS NULL) AND "upfront_hours_low" <= "upfront_hours" AND "upfront_hours" <= "upfront_hours_high"),
  ADD CONSTRAINT "ideas_service_package_rate_range" CHECK (("service_package_rate_low" IS NULL) = ("service_package_rate_high" IS NULL) AND "service_package_rate_low" <= "service_package_rate" AND "service_package_rate" <= "service_package_rate_high");
