# Building the last day of each month by assuming 31 days
import datetime

for month in (1, 2, 3):
    day = datetime.date(2023, month, 31)
    print(day.isoformat())
