import calendar as cal
print(cal.month(2024, 2), cal.TextCalendar(6).formatmonth(2024, 2, 3, 2))
print(cal.calendar(2023))
print(cal.TextCalendar(2).formatyear(2024, 3, 2, 4, 4))
print(cal.weekheader(9), '|', cal.weekheader(1), '|', cal.weekheader(3))
print(cal.day_name[1:3], list(cal.month_abbr), list(cal.day_abbr)[-2:], cal.month_name[-1], len(cal.month_name))
for f in [lambda: cal.monthrange(2024, 13), lambda: cal.setfirstweekday(9), lambda: cal.month_name[13]]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(cal.MONDAY, cal.January, cal.timegm((2024,1,1,0,0,0)), cal.leapdays(1900, 2025), cal.weekday(10000, 1, 1))
print(cal.monthcalendar(2024, 3), list(cal.Calendar(6).itermonthdays4(2024, 2))[:3])
print(cal.Calendar().monthdatescalendar(2021, 12)[0], cal.Calendar(3).yeardayscalendar(2024, 4)[0][1][:2])
print(list(cal.Calendar(1).iterweekdays()), cal.firstweekday())
cal.setfirstweekday(cal.SUNDAY); print(cal.month(2025, 8)); cal.prmonth(2025, 9); cal.prweek([(1, 0), (0, 1)], 3); print()
cal.format(['a', 'b']); print(cal.formatstring(['x', 'y'], 5, 2))
import keyword
print(len(keyword.kwlist), keyword.iskeyword("async"), keyword.issoftkeyword("_"), keyword.softkwlist)
print([w for w in "if x match case print True none".split() if keyword.iskeyword(w) or keyword.issoftkeyword(w)])
