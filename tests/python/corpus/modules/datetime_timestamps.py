# timestamps in UTC and at fixed offsets (no local time: it would depend on the machine)
from datetime import datetime, timezone, timedelta, date

utc, est = timezone.utc, timezone(timedelta(hours=-5), 'EST')
for ts in (0, 1.5, -1.5, 0.0000005, 0.0000015, 1.9999996, 1700000000, 1700000000.123456789, 2**31, -2**31,
           253402300799, -62135596800, 951782400):
    d = datetime.fromtimestamp(ts, utc)
    print(ts, repr(d), d.timestamp(), repr(datetime.utcfromtimestamp(ts)))
print(repr(datetime.fromtimestamp(1700000000, est)), datetime.fromtimestamp(1700000000, tz=est).timestamp())
for bad in (253402300800, -62135596801):
    try:
        datetime.utcfromtimestamp(bad)
    except ValueError as e:
        print('ValueError:', e)
d = datetime(2024, 3, 10, 2, 30, tzinfo=utc)
for tz in (est, timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(hours=-12)), utc):
    a = d.astimezone(tz)
    print(a, a.tzname(), a.utcoffset(), a == d, a - d, hash(a) == hash(d), a.timestamp())
print(datetime(2024, 1, 1, tzinfo=utc).timestamp(), datetime(1, 1, 1, tzinfo=utc).timestamp(),
      datetime.max.replace(tzinfo=utc).timestamp(), datetime(1970, 1, 1, tzinfo=est).timestamp())
print(datetime(2024, 3, 1, 5, 6, 7, tzinfo=timezone(timedelta(hours=2))).utctimetuple())
print(datetime(2024, 3, 1, 5, 6, 7, tzinfo=utc).timetuple(), date(2024, 3, 1).timetuple())
print(utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)), est.fromutc(datetime(2024, 1, 1, tzinfo=est)))
for bad in (lambda: datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-2))).astimezone(utc),
            lambda: datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=2))).astimezone(utc),
            lambda: utc.fromutc(datetime(2024, 1, 1)), lambda: d.astimezone(5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(len(str(datetime.now())) >= 19, datetime.now(utc).tzinfo, type(datetime.utcnow()).__name__)
print(len(date.today().isoformat()), datetime.now().strftime('%H:%M:%S').count(':'))
