# The time module with fixed timestamps: gmtime, strftime, mktime-free conversions, struct_time fields
import time, calendar

t = time.gmtime(1_700_000_000)
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, t[0:3], type(t).__name__, len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a", t))
print(time.strftime("%d %B %Y, week %W", time.gmtime(0)))
print(calendar.timegm(t) == 1_700_000_000)
parsed = time.strptime("2024-02-29 12:30", "%Y-%m-%d %H:%M")
print(parsed.tm_wday, parsed.tm_yday, parsed.tm_isdst, tuple(parsed)[:6])
print(time.asctime(t), time.asctime(time.gmtime(86400 * 365)))
print(isinstance(time.time(), float), isinstance(time.monotonic_ns(), int), time.perf_counter() >= 0)
try:
    time.strptime("31/02/2024", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_hour)
