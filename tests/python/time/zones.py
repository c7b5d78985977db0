# Local time in the host's zone (TZ): the zone's constants, localtime around
# the 2026-2027 changes of offset of New York, Berlin and Sydney, mktime of
# times skipped and repeated by them (with isdst -1, 0, 1), ctime, strftime.
# tests/python/time.test.mjs runs it under several TZ and compares with CPython.
import time

print(time.tzname, time.timezone, time.altzone, time.daylight)
instants = [0, 946684800, 1767225600, 1773036000, 1773039600, 1774744200, 1774747800, 1775318400,
            1782864000, 1791586800, 1791590400, 1793512800, 1793516400, 1793520000, 1795000000, 1800000000]
for t in instants + [t - 1 for t in instants]:
    lt = time.localtime(t)
    print(t, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.ctime(t), time.strftime('%c %Z %z %s %X', lt))
for date in [(2026, 3, 8), (2026, 11, 1), (2026, 3, 29), (2026, 10, 25), (2026, 4, 5), (2026, 10, 4), (2026, 7, 1), (2027, 1, 1)]:
    for hm in [(1, 30), (2, 0), (2, 30), (3, 0), (3, 30)]:
        print(date, hm, [time.mktime(date + hm + (0, 0, 0, isdst)) for isdst in (-1, 0, 1)])
print(time.mktime((2026, 14, 40, 25, 61, 61, 0, 0, -1)), time.mktime((2026, 0, 0, 0, 0, 0, 0, 0, -1)))
print(time.strftime('%Z %z', (2026, 1, 15, 12, 0, 0, 3, 15, 0)), time.strftime('%Z %z', (2026, 7, 15, 12, 0, 0, 2, 196, 1)))
print(time.asctime(time.localtime(1795000000)), time.localtime(1795000000.9) == time.localtime(1795000000))
