# Fixed-offset time zones: timezone(timedelta), UTC (3.11 datetime.UTC), astimezone, utcoffset
from datetime import datetime, timezone, timedelta, UTC

ist = timezone(timedelta(hours=5, minutes=30), "IST")
pst = timezone(timedelta(hours=-8))
meeting = datetime(2024, 3, 10, 9, 0, tzinfo=UTC)
for tz in (ist, pst, timezone.utc):
    local = meeting.astimezone(tz)
    print(local.isoformat(), local.tzname(), local.utcoffset())
print(UTC is timezone.utc, repr(ist), str(pst), repr(timezone.utc))
a = datetime(2024, 1, 1, 12, 0, tzinfo=ist)
b = datetime(2024, 1, 1, 12, 0, tzinfo=pst)
print(b - a, a < b, a == a.astimezone(UTC))
naive = datetime(2024, 1, 1)
try:
    naive < a
except TypeError as e:
    print("TypeError:", e)
print(naive == a, naive.tzinfo, a.replace(tzinfo=None))
print(datetime.fromisoformat("2024-05-01T10:20:30+02:00").utcoffset())
print(datetime.fromisoformat("2024-05-01T10:20:30Z").tzinfo)
print(datetime.fromtimestamp(0, UTC), datetime(1970, 1, 2, tzinfo=UTC).timestamp())
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError:", e)
