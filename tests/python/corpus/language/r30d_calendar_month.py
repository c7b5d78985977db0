# The calendar module: a month as text, leap years, weekday names and monthrange
import calendar

print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.month_abbr)[1:4], calendar.month_name[12])
print(calendar.monthcalendar(2023, 10)[0])
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2023, 10, w=3))
print(calendar.MONDAY, calendar.firstweekday())
