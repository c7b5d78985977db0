# calendar module helpers: monthrange, isleap, leapdays, weekday, month names and a text month
import calendar

print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2))
print(calendar.weekday(2024, 1, 1), calendar.day_name[calendar.weekday(2024, 1, 1)])
print(list(calendar.month_name)[1:4], list(calendar.day_abbr))
print(calendar.month(2024, 2))
cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
print([d for d in cal.itermonthdays(2024, 2)][:10])
weeks = cal.monthdayscalendar(2024, 2)
print(len(weeks), weeks[-1])
print(calendar.TextCalendar(calendar.SUNDAY).formatweekheader(3))
print(calendar.timegm((2000, 1, 1, 0, 0, 0)))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
