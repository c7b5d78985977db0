# The time module with fixed timestamps: gmtime, strftime, strptime and clocks as durations.
import time

t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1_700_000_000)))
print(time.strftime("%a, %d %b %Y", time.gmtime(86400 * 365.25 * 30)))
st = time.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M")
print(st.tm_yday, st.tm_wday, tuple(st)[:6], type(st).__name__)
print(time.asctime(time.gmtime(0)), time.strftime("%j %U %p %I", time.gmtime(1e9)))
print(time.gmtime(1e9)[:3], time.calendar if hasattr(time, "calendar") else "no calendar attr")
start = time.perf_counter()
time.sleep(0.05)
elapsed = time.perf_counter() - start
print(0.04 < elapsed < 1.0, type(time.monotonic_ns()).__name__, type(time.time()).__name__)
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1, time.time() > 1_600_000_000)
try:
    time.strptime("31/02/2024", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
try:
    time.strptime("2024", "%d")
except ValueError as e:
    print("ValueError:", e)
print(time.strftime("%%literal %Y", time.gmtime(0)), time.gmtime(-86400).tm_year)
print(len(time.ctime(0)) == 24, time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_hour)
