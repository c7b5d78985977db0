# Date questions answered with the calendar module.
import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.month_name)[1:4], calendar.month_abbr[12], list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 2))
print(calendar.TextCalendar(firstweekday=calendar.SUNDAY).formatmonth(2024, 2))
print(calendar.month(2023, 10, w=3))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.MONDAY, calendar.SUNDAY)
c = calendar.Calendar()
print([d for d in c.itermonthdays(2024, 3)][:8])
print(sum(1 for d in c.itermonthdates(2024, 3) if d.month == 3 and d.weekday() == 4))
fridays_13 = [(y, m) for y in (2023, 2024) for m in range(1, 13) if calendar.weekday(y, m, 13) == 4]
print(fridays_13)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
