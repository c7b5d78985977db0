# A date that does not exist: 30 February
import datetime
print(datetime.date(2024, 2, 29))
print(datetime.date(2023, 2, 29))
