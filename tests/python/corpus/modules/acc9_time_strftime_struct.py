# time.strftime on fixed tuples and gmtime values, struct_time fields, asctime, strptime round trip.
import time
st = time.struct_time((2023, 12, 31, 23, 59, 58, 6, 365, 0))
print(st)
print(time.strftime("%Y-%m-%d %H:%M:%S", st), time.strftime("%a %b %e %j %U %W %u %V %G", st))
print(time.strftime("%I%p %y %C %h %n|%t|%%", st), time.asctime(st))
print(st.tm_wday, st.tm_yday, st[0], st[-1], len(st), st.tm_zone if hasattr(st, "tm_zone") else "?")
g = time.gmtime(1700000000)
print(g[:], time.strftime("%c", g), time.strftime("%s" if False else "%F %T", g))
print(time.gmtime(0).tm_year, time.gmtime(-86400)[:3], time.strftime("%A", time.gmtime(0)))
p = time.strptime("2024-02-29 12:30", "%Y-%m-%d %H:%M")
print(p.tm_year, p.tm_mon, p.tm_mday, p.tm_hour, p.tm_min, p.tm_wday, p.tm_yday)
print(time.strftime("%d/%m/%Y", (2024, 1, 5, 0, 0, 0, 0, 1, -1)))
try:
    time.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError:", e)
