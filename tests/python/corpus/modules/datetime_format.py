# isoformat, str, repr, strftime, ctime, format, fromisoformat, fixed-offset time zones
from datetime import date, time, datetime, timedelta, timezone, UTC

ist = timezone(timedelta(hours=5, minutes=30), 'IST')
west = timezone(timedelta(hours=-3, minutes=-15))
d = datetime(2024, 3, 9, 7, 5, 3, 4500)
for x in (date(2024, 3, 9), time(7, 5), time(7, 5, 3), time(7, 5, 3, 40, fold=1), d, d.replace(microsecond=0),
          d.replace(tzinfo=timezone.utc), d.replace(tzinfo=ist), d.replace(tzinfo=west, second=0, microsecond=0)):
    print(repr(x), '|', x, '|', x.isoformat(), '|', f'{x}', f'{x:%H.%M}')
for spec in ('hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'auto'):
    print(spec, d.isoformat(timespec=spec), d.isoformat(' ', spec), time(1, 2, 3, 999999).isoformat(spec))
print(repr(timezone.utc), UTC is timezone.utc, repr(ist), repr(west), str(ist), str(west), str(timezone.utc))
print(repr(timezone(timedelta(0))), repr(timezone(timedelta(seconds=1))), str(timezone(timedelta(seconds=-1, microseconds=5))))
print(timezone.min, timezone.max, ist.utcoffset(None), ist.tzname(None), ist.dst(None), west.tzname(d))
print(d.strftime('%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %p %I %y %U %W %w %% %z %Z|'))
print(d.replace(tzinfo=ist).strftime('%z %Z %c'), d.replace(tzinfo=west).strftime('[%z] [%Z] %x %X'))
print(date(2024, 3, 9).strftime('%H:%M:%S %z'), time(13, 14, 15, 16, ist).strftime('%I:%M %p %f %z %Z %Y'))
print(date(2024, 3, 9).ctime(), d.ctime(), date(2024, 12, 25).strftime('%d %B %Y, a %A'))
print(format(date(2024, 1, 1), ''), format(time(1, 2), ''), '{:%d/%m/%y}'.format(d), f'{timedelta(1)!r:>30}')
for s in ('2024-03-09', '20240309', '2024-W10-6', '2024-03-09T07:05:03', '2024-03-09 07:05:03.0045',
          '2024-03-09T07:05:03,123+05:30', '2024-03-09T07:05Z', '20240309T070503-0315', '2024-03-09T07:05:03.1234567',
          '2024-03-09T07:05:03+00:00', '2024-03', '2024-03-09T24:00', '2024-3-9', '2024-03-09T', 'nope', '2024-02-30'):
    try:
        print(s, '->', repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, '->', 'ValueError:', e)
for s in ('12:30', '1230', '12:30:45.123456789', 'T12', '12:30:45+01:00', '25:00', '12:3'):
    try:
        print(s, '->', repr(time.fromisoformat(s)))
    except ValueError as e:
        print(s, '->', 'ValueError:', e)
print(repr(date.fromisoformat('2024-03-09')), repr(date.fromisoformat('20240309')), repr(date.fromisoformat('2024-W01-1')))
for bad in (lambda: date.fromisoformat('2024-3-9'), lambda: date.fromisoformat(20240309), lambda: d.strftime(5),
            lambda: d.isoformat(timespec='days'), lambda: d.isoformat(sep='ab'), lambda: timezone(timedelta(hours=24)),
            lambda: timezone(5), lambda: timezone(timedelta(hours=1), 5), lambda: ist.utcoffset(5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
