# Scheduling with fixed dates: ages, business days, recurring meetings, durations
from datetime import date, datetime, time, timedelta
import calendar

def age(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))

today = date(2024, 6, 15)
for name, born in [("ann", date(1990, 6, 15)), ("bob", date(2000, 6, 16)), ("leap", date(2004, 2, 29))]:
    nxt = born.replace(year=today.year) if not (born.month == 2 and born.day == 29) else date(2024, 2, 29)
    if nxt < today:
        nxt = nxt.replace(year=today.year + 1) if nxt.day != 29 else date(2028, 2, 29)
    print(f"{name:<5} age {age(born, today):>2}, next birthday {nxt:%a %d %b %Y} in {(nxt - today).days} days")

def add_business_days(d, n):
    while n:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d
print([add_business_days(date(2024, 6, 14), n).isoformat() for n in (1, 5, 10)])
meeting = datetime(2024, 1, 31, 9, 30)
print([(meeting + timedelta(weeks=w)).strftime("%m/%d %H:%M") for w in range(4)])
def add_month(d):
    y, m = divmod(d.month, 12)
    year, month = d.year + y, m + 1
    return d.replace(year=year, month=month, day=min(d.day, calendar.monthrange(year, month)[1]))
d = date(2023, 10, 31)
out = []
for _ in range(5):
    d = add_month(d)
    out.append(str(d))
print(out)
start, end = datetime(2024, 3, 9, 22, 15), datetime(2024, 3, 11, 6, 5, 30)
dur = end - start
print(dur, dur.days, dur.seconds, dur.total_seconds(), dur // timedelta(hours=1), dur % timedelta(hours=1))
print(datetime.combine(date(2024, 12, 24), time(18)), time(23, 59, 59).isoformat(), time(7, 5).strftime("%I:%M %p"))
print(date(2024, 1, 1).isocalendar().week, date(2024, 12, 30).isocalendar(), date.fromisocalendar(2024, 1, 1))
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)]), max(datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0, 1)))
print(timedelta(days=1, hours=25), timedelta(seconds=-1), timedelta(weeks=1, milliseconds=1), timedelta(0), -timedelta(hours=1, minutes=30))
print(datetime(2024, 2, 29, 12).strftime("%Y-%m-%dT%H:%M:%S"), datetime.strptime("15/06/2024 14:30", "%d/%m/%Y %H:%M").weekday())
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 6))
fridays13 = [date(2024, m, 13).strftime("%B") for m in range(1, 13) if date(2024, m, 13).weekday() == 4]
print(fridays13, calendar.day_abbr[date(2024, 7, 4).weekday()])
print(date(2024, 1, 31) + timedelta(days=30), date(2024, 3, 1) - timedelta(days=1), date(2023, 3, 1) - timedelta(days=1))
print(date(2024, 13, 1))
