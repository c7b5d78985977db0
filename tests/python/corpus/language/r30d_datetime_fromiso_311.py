# datetime.fromisoformat in 3.11 accepts more ISO 8601 forms: Z, basic format, week dates, fractions
from datetime import datetime, date, time

for s in ["2024-05-17T09:05:03Z", "2024-05-17T09:05:03.5+05:30", "20240517T090503", "2024-05-17 09:05",
          "2024-W20-5", "2024-05-17T09", "2024-05-17T09:05:03,25"]:
    try:
        print(f"{s:30} {datetime.fromisoformat(s)!r}")
    except ValueError as e:
        print(f"{s:30} ValueError: {e}")
print(date.fromisoformat("20240517"), date.fromisoformat("2024-W01-1"), time.fromisoformat("T0905"))
print(time.fromisoformat("09:05:03.123+01:00"), repr(time.fromisoformat("12:00Z")))
print(datetime.fromisoformat("2024-02-30"))
