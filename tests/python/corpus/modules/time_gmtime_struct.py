# time.gmtime and time.struct_time: the named tuple (repr, fields, tm_zone and
# tm_gmtoff beyond its 9 items), asctime, and the range glibc's gmtime covers.
import time

st = time.gmtime(1795000000)
print(st)
print(len(st), st[0], st[-1], st[1:3], st.tm_year, st.tm_yday, st.tm_zone, st.tm_gmtoff)
print(type(st).__name__, type(st).__module__, type(st), isinstance(st, tuple))
print(st == tuple(st), hash(st) == hash(tuple(st)), st + (1,), list(st)[:3])
year, month, day, *rest = st
print(year, month, day, rest)
print(time.asctime(st), '|', time.asctime((2026, 1, 5, 7, 8, 9, 0, 5, 0)))
print(time.asctime((12345, 2, 28, 0, 0, 0, 6, 59, 0)), '|', time.asctime((-5, 1, 5, 0, 0, 0, 0, 1, 0)))
for secs in [0, -1.5, 86399.999, 951782400, 2**31, -2**31, 10**11, -10**11, True]:
    g = time.gmtime(secs)
    print(secs, time.strftime('%Y-%m-%d %H:%M:%S %a %j', g), g.tm_wday, g.tm_isdst)
print(time.gmtime(67768036191676799)[:3], time.gmtime(-67768040609740800)[:3])
s = time.struct_time((2026, 1, 2, 3, 4, 5, 6, 7, 8))
print(s, s.tm_zone, s.tm_gmtoff)
print(time.struct_time([1] * 10 + ['X']).tm_gmtoff, time.struct_time((1,) * 9 + ('Z', 60)).tm_zone)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for bad in [lambda: time.gmtime(1e18), lambda: time.gmtime(2**63), lambda: time.gmtime(float('nan')),
            lambda: time.gmtime(float('inf')), lambda: time.gmtime('1'), lambda: time.gmtime(1, 2),
            lambda: time.gmtime(67768036191676800), lambda: time.struct_time((1, 2)),
            lambda: time.struct_time(range(12)), lambda: time.struct_time(5), lambda: time.struct_time(),
            lambda: time.struct_time((1,) * 9, 5), lambda: st.foo, lambda: time.asctime('x'),
            lambda: time.asctime((2026, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    st.tm_year = 1
except AttributeError as e:
    print('AttributeError')
