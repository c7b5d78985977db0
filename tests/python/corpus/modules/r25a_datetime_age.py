from datetime import date, timedelta

def age_on(birth, today):
    years = today.year - birth.year
    if (today.month, today.day) < (birth.month, birth.day):
        years -= 1
    return years

today = date(2024, 6, 15)
for b in [date(2000, 6, 15), date(2000, 6, 16), date(1999, 12, 31)]:
    print(b.isoformat(), age_on(b, today))
start = date(2024, 1, 29)
for i in range(4):
    print((start + timedelta(weeks=i)).strftime("%a %d %b"))
dates = [date(2024, 3, 1), date(2023, 12, 31), date(2024, 1, 15)]
print(sorted(dates))
print([d.strftime("%b") for d in sorted(dates)])
print((date(2024, 3, 1) - date(2024, 2, 1)).days, (date(2023, 3, 1) - date(2023, 2, 1)).days)
print(date(2024, 1, 31).replace(month=2))
