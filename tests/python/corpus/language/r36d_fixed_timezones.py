# Converting meeting times between fixed UTC offsets with datetime.timezone.
from datetime import datetime, timezone, timedelta

ist = timezone(timedelta(hours=5, minutes=30), "IST")
est = timezone(timedelta(hours=-5))
meeting = datetime(2024, 3, 15, 14, 0, tzinfo=timezone.utc)
for tz in (ist, est, timezone.utc):
    local = meeting.astimezone(tz)
    print(local.isoformat(), local.tzname(), local.utcoffset(), local.strftime("%H:%M %z %Z"))
print(meeting == meeting.astimezone(ist), meeting.astimezone(est).hour)
naive = datetime(2024, 3, 15, 14, 0)
try:
    naive < meeting
except TypeError as e:
    print("TypeError:", e)
print(naive == meeting)
print(naive.replace(tzinfo=est) - meeting)
print(repr(est), str(ist), repr(timezone.utc), timezone(timedelta(0)) == timezone.utc)
print(datetime.fromisoformat("2024-01-01T09:30:00+02:00").utcoffset())
print(datetime(2024, 1, 1, tzinfo=ist).timestamp())
print(datetime.fromtimestamp(0, tz=timezone.utc), datetime.fromtimestamp(86400 * 365, est))
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError:", e)
print(meeting.astimezone(ist).date(), meeting.timetuple().tm_yday, meeting.utctimetuple().tm_hour)
print(max([meeting, meeting.astimezone(ist) + timedelta(minutes=1)]).isoformat())
