# Formatting and parsing fixed dates: strftime codes, strptime, isocalendar, replace
from datetime import datetime, date, time, timedelta

d = datetime(2023, 7, 4, 15, 5, 9, 123456)
for code in ["%Y-%m-%d", "%d/%m/%y", "%A %B %d", "%a %b %e" if False else "%a %b", "%H:%M:%S.%f",
             "%I:%M %p", "%j", "%U %W", "%G-W%V-%u", "%%", "%c", "%x %X"]:
    print(f"{code:12} -> {d.strftime(code)}")
print(d.isoformat(), d.isoformat(sep=" ", timespec="minutes"))
print(d.date().isocalendar(), d.weekday(), d.isoweekday())
p = datetime.strptime("2021-02-28 23:59", "%Y-%m-%d %H:%M")
print(p, p + timedelta(minutes=1))
print(date(2024, 2, 29).replace(year=2025) if False else date(2024, 2, 28).replace(day=29))
try:
    date(2023, 2, 28).replace(day=29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("31/04/2023", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
print(f"{d:%Y} {d:%b %d} {date(2000, 1, 1):%A}")
print(time(9, 30).strftime("%H%M"), time(23, 59, 59, 999999).isoformat())
print(date.fromordinal(738000), date(2023, 1, 1).toordinal(), date.fromisocalendar(2023, 1, 1))
