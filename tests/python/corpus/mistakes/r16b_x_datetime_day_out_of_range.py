# A date that does not exist: 30 February
print("== datetime day out of range ==")
import datetime
print(datetime.date(2024, 2, 29))
print(datetime.date(2023, 2, 29))
