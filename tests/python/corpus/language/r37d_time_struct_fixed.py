# time module with fixed struct_time values: gmtime(0), strftime, mktime-free conversions, calendar.timegm.
import time
import calendar

epoch = time.gmtime(0)
print(epoch)
print(tuple(epoch), epoch.tm_year, epoch.tm_wday, epoch.tm_yday, epoch.tm_isdst)
t = time.gmtime(1_700_000_000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), calendar.timegm(t))
print(time.asctime(t), time.strftime("%x %X", t))
st = time.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M")
print(st.tm_wday, st.tm_yday, calendar.timegm(st), type(st).__name__)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2000, 1, 1))
print(calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr)[:3])
print(calendar.month(2024, 2))
print(time.gmtime(86399.9)[3:6], time.strftime("%H:%M", (2000, 1, 1, 7, 5, 0, 0, 1, 0)))
try:
    time.strptime("31/02/2024", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
time.strptime("2024", "%d")
