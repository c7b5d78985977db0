from datetime import date, timedelta
import calendar

start = date(2024, 1, 29)
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return d.replace(year=y, month=m, day=day)
print([add_months(start, i).isoformat() for i in range(5)])
def business_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n
print(business_days(date(2024, 3, 1), date(2024, 4, 1)))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025))
print(calendar.monthrange(2024, 2), calendar.day_name[0], calendar.month_abbr[12])
birthday = date(1990, 6, 15)
today = date(2024, 6, 14)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
print("age", age)
meetings = [date(2024, 5, 6) + timedelta(weeks=2 * i) for i in range(4)]
print([m.strftime("%a %d %b") for m in meetings])
