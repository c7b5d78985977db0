# Two datetimes subtracted, then added
print("== datetimes added ==")
from datetime import datetime
print(datetime(2024, 1, 1) - datetime(2023, 1, 1))
print(datetime(2024, 1, 1) + datetime(2023, 1, 1))
