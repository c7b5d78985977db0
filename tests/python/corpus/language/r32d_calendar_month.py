# Printing a month calendar and checking leap years with the calendar module
import calendar

print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2023, 2))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.month_abbr)[1:4], calendar.firstweekday())
cal = calendar.Calendar(firstweekday=6)
print([d for d in cal.itermonthdays(2024, 3)][:10])
print(calendar.monthcalendar(2021, 2)[0])
