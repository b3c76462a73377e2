"""The rules: pure functions over the domain records, no database and no Qt.

Every figure a report, a summary or the window shows is computed here, once.

- `locale`    dated locale packs (``locales/<code>.json``) and the member's overrides:
              rates, allowances and limits in force on a date, currency, distance unit,
              tax-year start. Figures are data, not code.
- `fees`      the fee of an activity under the terms in force on its date, value of time,
              hours paid / declined / unpaid, and validation of terms.
- `mileage`   approved mileage amounts, the car threshold counted across every organisation per
              tax year, own rates and the excess over the approved amount.
- `tax_year`  which tax year a date is in, its bounds and its label.
- `benefits`  ESA weeks, Universal Credit assessment periods and the figures in each.
- `payments`  the default split of a payment (fees first) and claim numbers.
- `lateness`  due dates, days to pay, days late, overdue, median.

Callers pass dates in (including "today"); nothing here reads the clock, the disk (other than the
shipped locale packs) or the database.
"""
