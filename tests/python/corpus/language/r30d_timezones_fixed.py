# Time zones with fixed offsets and zoneinfo: aware datetimes, astimezone, and naive/aware errors
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

utc_moment = datetime(2024, 3, 31, 0, 30, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(utc_moment, utc_moment.astimezone(ist), ist, timezone(timedelta(hours=-3)))
paris = ZoneInfo("Europe/Paris")
for hours in (0, 1, 2):
    t = (utc_moment + timedelta(hours=hours)).astimezone(paris)
    print(t.isoformat(), t.tzname(), t.utcoffset(), t.dst())
ny = datetime(2024, 11, 3, 1, 30, tzinfo=ZoneInfo("America/New_York"))
print(ny, ny.tzname(), ny.replace(fold=1).tzname(), ny.strftime("%Y-%m-%d %H:%M %Z %z"))
print(datetime(2024, 1, 1, tzinfo=timezone.utc) - datetime(2023, 12, 31, 20, tzinfo=ist))
print(repr(timezone.utc), timezone.utc.utcoffset(None), ist.tzname(None))
print(datetime(2024, 1, 1) < utc_moment)
