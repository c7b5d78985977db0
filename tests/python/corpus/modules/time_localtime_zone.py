# time.localtime, mktime, ctime and the zone's constants agree with each other
# and with gmtime, whatever the machine's time zone (only relations are printed).
import time

print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname), all(isinstance(n, str) and n for n in time.tzname))
print(time.daylight == (time.timezone != time.altzone))
for t in [0, 1000000000, 1767225600, 1782864000, 1795000000, 2**31 - 1]:
    lt = time.localtime(t)
    print(t, time.mktime(lt) == t, lt.tm_gmtoff in (-time.timezone, -time.altzone), lt.tm_isdst in (0, 1),
          lt.tm_zone == time.tzname[lt.tm_isdst],
          time.gmtime(t + lt.tm_gmtoff)[:6] == lt[:6],
          time.ctime(t) == time.asctime(lt) == time.strftime('%a %b %e %H:%M:%S %Y', lt),
          time.strftime('%s', lt) == str(t), time.strftime('%Z', lt) == lt.tm_zone)
now = time.time()
lt = time.localtime()
print(abs(time.mktime(lt) - now) < 5, abs(time.mktime(time.localtime(None)) - now) < 5)
x = time.strftime('%X')
print(len(x), x[2] + x[5], x.replace(':', '').isdigit())
c = time.ctime()
print(len(c), c[:3] in ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'), c[-4:].isdigit(), len(time.asctime()))
print(time.mktime((2026, 7, 1, 12, 0, 0, 0, 0, -1)) - time.mktime((2026, 7, 1, 11, 0, 0, 0, 0, -1)))
print(time.mktime((2026, 14, 40, 25, 61, 61, 0, 0, 0)) - time.mktime((2027, 3, 13, 2, 2, 1, 0, 0, 0)))
print(time.localtime(1e10 + 0.9)[:6] == time.localtime(1e10)[:6], time.localtime(-0.5) == time.localtime(-1))
