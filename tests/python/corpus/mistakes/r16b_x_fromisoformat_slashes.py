# date.fromisoformat of a date written with slashes
print("== fromisoformat slashes ==")
from datetime import date, timedelta
print(date.fromisoformat("2024-03-05") + timedelta(weeks=1))
print(date.fromisoformat("2024/03/05"))
