# datetime.strptime as CPython's _strptime (C locale): directives, case, whitespace, %p, %z, %j, %U/%W, and its errors
from datetime import datetime

cases = [
    ('2024-01-15', '%Y-%m-%d'), ('2024-1-5', '%Y-%m-%d'), ('15/01/24 3:04 pm', '%d/%m/%y %I:%M %p'),
    ('12 AM', '%I %p'), ('12 PM', '%I %p'), ('Monday, January 15 2024', '%A, %B %d %Y'),
    ('mon JAN  1 2024', '%a %b %d %Y'), ('2024-01-15T10:20:30.5Z', '%Y-%m-%dT%H:%M:%S.%f%z'),
    ('2024-01-15 10:20:30 +05:30', '%Y-%m-%d %H:%M:%S %z'), ('2024-01-15 10:20:30 -0130', '%Y-%m-%d %H:%M:%S %z'),
    ('10:20 -05:30:15.123456789', '%H:%M %z'), ('2024-01-15 UTC +0100', '%Y-%m-%d %Z %z'),
    ('2024 100', '%Y %j'), ('2023 366', '%Y %j'), ('100', '%j'), ('69', '%y'), ('68', '%y'), ('111', '%m%d'),
    ('20240115103000', '%Y%m%d%H%M%S'), ('2024\t 01', '%Y %m'), ('Tue Jan 16 10:20:30 2024', '%c'),
    ('01/16/24 10:20:30', '%x %X'), ('Wednesday 2024 2 3', '%A %Y %U %w'), ('2024 0 0', '%Y %W %w'),
    ('2024%', '%Y%%'), ('', ''),
    ('2024-01-155', '%Y-%m-%d'), ('x', '%Y'), ('  2024', '%Y'), ('2024', '%Q'), ('2024', '%Y%'), ('29 2', '%d %m'),
    ('2024-02-30', '%Y-%m-%d'), ('10:20:61', '%H:%M:%S'), ('10:20 +05:3', '%H:%M %z'), ('10:20 +0530:15', '%H:%M %z'),
    (5, '%Y'), ('2024', 5),
]
for text, fmt in cases:
    try:
        print(repr(text), repr(fmt), '->', repr(datetime.strptime(text, fmt)))
    except (ValueError, TypeError) as e:
        print(repr(text), repr(fmt), '->', type(e).__name__ + ':', e)
start = datetime.strptime('09:15:00', '%H:%M:%S')
print('shift:', datetime.strptime('17:45:30', '%H:%M:%S') - start)
