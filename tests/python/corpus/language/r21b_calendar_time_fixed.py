# calendar and time with fixed dates: month text, leap years, struct_time, strftime
import calendar, time
print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.day_name[0], calendar.month_abbr[12])
t = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j', t), t.tm_year, t[1])
print(time.gmtime(0))
print(time.strptime('2024-03-05', '%Y-%m-%d')[:6])
from datetime import datetime, timezone, timedelta
d = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
print(d, d.astimezone(timezone(timedelta(hours=-5))), d.timestamp())
print(datetime.fromtimestamp(0, timezone.utc), repr(timezone.utc), d.tzname(), d.utcoffset())
print(f'{d:%A %d %B %Y}', format(d.date(), '%x'), d.ctime(), d.strftime('%I %p %U %W %y'))
