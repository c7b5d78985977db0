# The time module with fixed timestamps: gmtime, strftime, strptime, mktime-free arithmetic
import time

t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%a %b %d %j", time.gmtime(86400 * 365)))
s = time.gmtime(1700000000)
print(time.strftime("%A, %d %B %Y at %I:%M %p UTC", s))
print(time.asctime(s), tuple(s)[:6])
p = time.strptime("2024-02-29 23:59", "%Y-%m-%d %H:%M")
print(p.tm_yday, p.tm_wday, type(p).__name__)
print(time.calendar_like if hasattr(time, "calendar_like") else "no such function")
start = time.perf_counter()
elapsed = time.perf_counter() - start
print(elapsed >= 0, isinstance(time.time(), float), type(time.monotonic_ns()).__name__)
print(repr(time.gmtime(0)))
time.strptime("2024-13-01", "%Y-%m-%d")
