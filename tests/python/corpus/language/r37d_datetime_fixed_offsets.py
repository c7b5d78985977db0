# Meeting planner with fixed-offset time zones: timezone objects, astimezone, utcoffset and isoformat.
from datetime import datetime, timezone, timedelta

IST = timezone(timedelta(hours=5, minutes=30), "IST")
NYC = timezone(timedelta(hours=-5))
meeting = datetime(2024, 3, 10, 14, 0, tzinfo=timezone.utc)
for tz in (IST, NYC, timezone.utc, timezone(timedelta(0))):
    local = meeting.astimezone(tz)
    print(f"{str(tz):12} {local.isoformat()} {local.tzname()} {local.utcoffset()} {local:%H:%M %z}")
print(repr(IST), repr(NYC), repr(timezone.utc), IST.utcoffset(None))
print(datetime.fromisoformat("2024-03-10T09:30:00+05:30") == meeting.replace(hour=4),)
print(datetime.fromisoformat("2024-03-10T14:00:00Z"), datetime.fromisoformat("2024-03-10 14:00:00.5"))
naive = datetime(2024, 3, 10, 14, 0)
try:
    print(naive < meeting)
except TypeError as e:
    print("TypeError:", e)
print(naive == meeting, meeting.replace(tzinfo=None) == naive)
print((meeting.astimezone(IST) - meeting.astimezone(NYC)), meeting.timestamp())
print(datetime.fromtimestamp(0, tz=timezone.utc), datetime.fromtimestamp(86400 * 365, timezone(timedelta(hours=1))))
print(meeting.astimezone(IST).strftime("%Y-%m-%d %I:%M %p %Z"), meeting.timetuple()[:6])
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError:", e)
naive - meeting
