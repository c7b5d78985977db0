# date.isocalendar(): a tuple with named fields (year, week, weekday), as
# CPython's IsoCalendarDate: unpacked, compared with a plain tuple, used as
# a dict key, its fields read-only
import datetime

days = [datetime.date(2026, 11, 29), datetime.date(2021, 1, 3), datetime.datetime(2020, 12, 31, 23, 59)]
by_week = {}
for d in days:
    c = d.isocalendar()
    year, week, weekday = c
    by_week.setdefault((year, week), []).append(weekday)
    print(c, c.year, c.week, c.weekday, c[0], c[-1], c[1:], len(c))
print(by_week)
c = days[0].isocalendar()
print(isinstance(c, tuple), c == (2026, 48, 7), (2026, 48, 7) == c, hash(c) == hash((2026, 48, 7)))
print(type(c), type(c).__name__, sorted([c, (2026, 1, 1)]), c + (0,), max(c), list(c))
for attempt in ('year', 'other'):
    try:
        setattr(c, attempt, 5)
    except AttributeError as e:
        print('AttributeError:', e)
print(datetime.date.fromisocalendar(*c) == days[0])
