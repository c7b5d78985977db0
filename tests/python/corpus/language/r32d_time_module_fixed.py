# The time module with fixed timestamps: gmtime, strftime, struct_time fields and a short sleep
import time

t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_wday, time.strftime("%Y-%m-%d %H:%M:%S", t))
st = time.gmtime(1700000000)
print(time.strftime("%a, %d %b %Y %H:%M:%S +0000", st), st.tm_yday, st[:6], tuple(st)[6:])
print(time.asctime(st), type(st).__name__, st.tm_isdst)
print(time.strptime("05 Nov 2023", "%d %b %Y")[:3], time.calendar if hasattr(time, "calendar") else "-")
start = time.perf_counter()
time.sleep(0.05)
elapsed = time.perf_counter() - start
print(elapsed >= 0.05, elapsed < 1, isinstance(time.time(), float), time.monotonic() > 0)
print(time.strftime("%j %U %w", time.gmtime(86400 * 365)), time.gmtime(-86400)[:3])
ns = time.perf_counter_ns()
print(type(ns).__name__, time.time_ns() > 1_600_000_000 * 10**9)
time.strptime("2023-13-01", "%Y-%m-%d")
