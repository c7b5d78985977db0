from datetime import datetime, date, timezone, timedelta

dt = datetime(2024, 7, 4, 15, 5, 9, 123456)
for fmt in ["%Y-%m-%d", "%d/%m/%y", "%A %d %B %Y", "%a %b %d", "%H:%M:%S.%f", "%I:%M %p", "%j", "%U %W", "%c", "%x %X", "%%Y", "%G-W%V-%u"]:
    print(f"{fmt:<14} {dt.strftime(fmt)}")
print(dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"), dt.isoformat(timespec="milliseconds"))
print(f"{dt:%Y/%m/%d %H.%M}", "{:%B}".format(date(2024, 12, 1)))
print(date(2024, 7, 4).isoformat(), str(dt), dt.ctime())
print(datetime.strptime("2023-11-05 08:30", "%Y-%m-%d %H:%M"))
print(datetime.strptime("5 March 2021", "%d %B %Y").date())
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(datetime.fromisoformat("2024-02-29T12:00:00"), date.fromisoformat("2000-01-01"))
tz = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2024, 1, 1, 12, 0, tzinfo=tz)
print(aware, aware.utcoffset(), aware.tzname(), aware.astimezone(timezone.utc))
print(aware.strftime("%z %Z"), datetime(2024, 1, 1, tzinfo=timezone.utc).isoformat())
