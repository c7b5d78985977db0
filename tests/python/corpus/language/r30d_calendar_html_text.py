# calendar output formats: a whole year's month names, prmonth-like text, and day abbreviations
import calendar

tc = calendar.TextCalendar(firstweekday=calendar.MONDAY)
print(tc.formatmonth(2025, 2))
print(tc.formatweekheader(3))
print([calendar.day_abbr[i] for i in range(7)], calendar.month_name[1:4])
print(list(tc.itermonthdays(2025, 2))[:10])
print([d.isoformat() for d in list(tc.itermonthdates(2025, 2))[:3]])
year = calendar.TextCalendar().formatyear(2024, w=2, l=1, c=3, m=4)
print(len(year.splitlines()), year.splitlines()[0].strip())
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.setfirstweekday(calendar.SUNDAY), calendar.firstweekday())
calendar.monthrange(2024, 13)
