# An age and birthday calculator using a fixed "today", relativedelta-free month arithmetic
from datetime import date, timedelta

TODAY = date(2024, 3, 15)


def age(born, today=TODAY):
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years


def next_birthday(born, today=TODAY):
    try:
        nb = born.replace(year=today.year)
    except ValueError:
        nb = date(today.year, 3, 1)
    if nb < today:
        try:
            nb = born.replace(year=today.year + 1)
        except ValueError:
            nb = date(today.year + 1, 3, 1)
    return nb, (nb - today).days


people = {"ana": date(1990, 3, 15), "ben": date(2000, 2, 29), "cy": date(1985, 12, 31), "dee": date(2010, 3, 16)}
for name, born in people.items():
    nb, days = next_birthday(born)
    print(f"{name:<4} {born:%d %b %Y}  age {age(born):>2}  next {nb.isoformat()} in {days:>3} days  ({born:%A})")


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return d.replace(year=y, month=m, day=min(d.day, last))


print([add_months(date(2024, 1, 31), k).isoformat() for k in range(4)], add_months(date(2023, 11, 30), -13))
print(TODAY - date(2024, 1, 1), (TODAY - timedelta(weeks=52)).isoformat(), TODAY.replace(day=1).weekday())
print(date(2024, 13, 1))
