# Leap years, days in months, the weekday of a date (Zeller) and a month printed as a grid.
import calendar

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]

print([y for y in range(1896, 1913) if is_leap(y)], is_leap(2000), is_leap(2100))
print(sum(days_in(2024, m) for m in range(1, 13)), days_in(2023, 2))
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1815, 6, 18)]:
    print(date, weekday(*date), calendar.day_abbr[calendar.weekday(*date)])
print(calendar.month(2024, 2))
print(calendar.isleap(1900), calendar.monthrange(2024, 2))
