# Fixed-offset time zones with datetime.timezone: conversion, utcoffset and aware/naive errors
from datetime import datetime, timezone, timedelta

utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
meeting = datetime(2024, 3, 10, 15, 0, tzinfo=utc)
print(meeting, meeting.astimezone(cet), meeting.astimezone(ist).isoformat())
print(cet, ist, repr(ist), utc.tzname(None), ist.utcoffset(None), meeting.tzname())
print(datetime(2024, 1, 1, tzinfo=cet) - datetime(2024, 1, 1, tzinfo=utc))
print(datetime.fromisoformat("2024-06-01T12:00:00+02:00"), datetime.fromtimestamp(0, tz=utc))
print(datetime(2024, 1, 1, 1, tzinfo=cet) == datetime(2024, 1, 1, 0, tzinfo=utc), meeting.timestamp())
print(f"{meeting.astimezone(ist):%H:%M %Z %z}", meeting.replace(tzinfo=None), meeting.utcoffset())
print(datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=utc))
