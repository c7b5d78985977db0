# python/lib/_strptime.py
#
# datetime.strptime and time.strptime for casyncio's Python (a module of its own, as CPython's
# _strptime: datetime loads it on the first call, so a program that does not
# parse dates does not pay for it; in wasm, dist/pylib/_strptime.py).
import time as _time
from datetime import date, timedelta, timezone, _ord2ymd, _ymd2ord, _is_leap

# strptime, after CPython 3.11's _strptime in the C locale: each directive is the
# alternatives of its regular expression, tried in their order with backtracking
# as re.match does (a match may leave data unconverted)
_LONG_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_LONG_MONTHS = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
                'october', 'november', 'december']
_DIRECTIVES = {'d': '3,01|12,D|0,N|N| ,N', 'f': 'D,D,D,D,D,D|D,D,D,D,D|D,D,D,D|D,D,D|D,D|D', 'H': '2,0123|01,D|D',
               'I': '1,012|0,N|N', 'j': '3,6,0123456|3,012345,D|12,D,D|0,N,D|0,0,N|N,D|0,N|N', 'm': '1,012|0,N|N',
               'M': '012345,D|D', 'S': '6,01|012345,D|D', 'y': 'D,D', 'Y': 'D,D,D,D', 'w': '0123456',
               'u': '1234567', 'U': '5,0123|01234,D|D', 'W': '5,0123|01234,D|D'}
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

def _alternatives(spec):
    sets = {'D': '0123456789', 'N': '123456789'}
    return [[sets.get(p, p) for p in alt.split(',')] for alt in spec.split('|')]

def _names(names):
    return sorted((n for n in names if n), key=len, reverse=True)

def _tokens(fmt):
    toks, i, n = [], 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            toks.append((' ', None))
        elif c != '%':
            toks.append(('=', c.lower()))
        elif i == n:
            raise ValueError("stray %% in format '%s'" % fmt)
        else:
            c = fmt[i]
            i += 1
            if c in _COMPOSITE:
                toks.extend(_tokens(_COMPOSITE[c]))
            elif c == '%':
                toks.append(('=', '%'))
            elif c in _DIRECTIVES:
                toks.append((c, _alternatives(_DIRECTIVES[c])))
            elif c in 'aAbBpZ':
                toks.append((c, _names({'a': [d[:3] for d in _LONG_DAYS], 'A': _LONG_DAYS,
                                        'b': [m[:3] for m in _LONG_MONTHS], 'B': _LONG_MONTHS, 'p': ['am', 'pm'],
                                        'Z': ['utc', 'gmt'] + [z.lower() for z in getattr(_time, 'tzname', ())]}[c])))
            elif c == 'z':
                toks.append(('z', None))
            elif c in 'GV':
                raise NotImplementedError("datetime.strptime()'s %%%s (ISO weeks) is not supported by casyncio's Python" % c)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (c, fmt))
    return toks

def _ends(kind, arg, s, i):
    # where a token starting at s[i] may end, in the order the regular expression tries
    if kind == '=':
        return [i + 1] if s[i:i + 1].lower() == arg else []
    if kind == ' ':
        j = i
        while j < len(s) and s[j].isspace():
            j += 1
        return list(range(j, i, -1))
    if kind == 'z':
        return _z_ends(s, i)
    if kind in 'aAbBpZ':
        return [i + len(w) for w in arg if s[i:i + len(w)].lower() == w]
    return [i + len(alt) for alt in arg
            if len(s) - i >= len(alt) and all(s[i + k] in alt[k] for k in range(len(alt)))]

def _z_ends(s, i):
    if s[i:i + 1] == 'Z':
        return [i + 1]
    d, d5 = '0123456789', '012345'
    def at(j, chars):
        return j < len(s) and s[j] in chars
    out = []
    if not (at(i, '+-') and at(i + 1, d) and at(i + 2, d)):
        return out
    for j in ([i + 4, i + 3] if at(i + 3, ':') else [i + 3]):
        if not (at(j, d5) and at(j + 1, d)):
            continue
        j += 2
        for k in ([j + 1, j] if at(j, ':') else [j]):
            if at(k, d5) and at(k + 1, d):
                k += 2
                if at(k, '.') and at(k + 1, d):
                    m = k + 1
                    while m < len(s) and m < k + 7 and s[m] in d:
                        m += 1
                    out.extend(range(m, k + 1, -1))
                out.append(k)
        out.append(j)
    return out

def _match(toks, t, s, i, found):
    if t == len(toks):
        return i
    kind, arg = toks[t]
    for j in _ends(kind, arg, s, i):
        if kind not in '= ':
            found[kind] = s[i:j]
        r = _match(toks, t + 1, s, j, found)
        if r is not None:
            return r
    return None

def _strptime(cls, s, fmt):
    return cls(*_parse(s, fmt)[0])

def _strptime_time(s, fmt='%a %b %d %H:%M:%S %Y'):
    # time.strptime: a struct_time, its weekday and day of the year worked out as CPython's
    if not isinstance(s, str):
        raise TypeError('strptime() argument 0 must be str, not %s' % (type(s),))
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % (type(fmt),))
    args, weekday, julian = _parse(s, fmt)
    return _time.struct_time((args[0], args[1], args[2], args[3], args[4], args[5], weekday, julian, -1))

def _parse(s, fmt):
    found = {}
    end = _match(_tokens(fmt), 0, s, 0, found)
    if end is None:
        raise ValueError('time data %r does not match format %r' % (s, fmt))
    if end != len(s):
        raise ValueError('unconverted data remains: %s' % s[end:])
    year = weekday = julian = week = gmtoff = None
    month = day = 1
    hour = minute = second = fraction = frac_off = 0
    for k, v in found.items():
        if k == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif k == 'Y':
            year = int(v)
        elif k == 'm':
            month = int(v)
        elif k in 'bB':
            month = [m[:3] if k == 'b' else m for m in _LONG_MONTHS].index(v.lower())
        elif k == 'd':
            day = int(v)
        elif k == 'H':
            hour = int(v)
        elif k == 'I':
            hour = int(v)
            pm = found.get('p', '').lower() == 'pm'
            if hour == 12 and not pm:
                hour = 0
            elif pm and hour != 12:
                hour += 12
        elif k == 'M':
            minute = int(v)
        elif k == 'S':
            second = int(v)
        elif k == 'f':
            fraction = int(v + '0' * (6 - len(v)))
        elif k in 'aA':
            weekday = [w[:3] if k == 'a' else w for w in _LONG_DAYS].index(v.lower())
        elif k == 'w':
            weekday = (int(v) + 6) % 7
        elif k == 'u':
            weekday = int(v) - 1
        elif k == 'j':
            julian = int(v)
        elif k in 'UW':
            week = (int(v), k == 'W')
        elif k == 'z':
            if v == 'Z':
                gmtoff = 0
            else:
                z = v
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError('Inconsistent use of : in %s' % v)
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                frac_off = int(z[8:] + '0' * (6 - len(z[8:])))
                if z[0] == '-':
                    gmtoff, frac_off = -gmtoff, -frac_off
    leap_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fix else 1900
    if julian is None and weekday is not None and week is not None:
        first = date(year, 1, 1).weekday()
        wd = weekday
        if not week[1]:
            first = (first + 1) % 7
            wd = (wd + 1) % 7
        julian = (1 + wd - first if week[0] == 0 else
                  1 + (7 - first) % 7 + 7 * (week[0] - 1) + wd)
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        year, month, day = _ord2ymd(julian - 1 + _ymd2ord(year, 1, 1))
    else:
        date(year, month, day)
        julian = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    if weekday is None:
        weekday = date(year, month, day).weekday()
    if leap_fix:
        year = 1900
    args = [year, month, day, hour, minute, second, fraction]
    if gmtoff is not None:
        off = timedelta(seconds=gmtoff, microseconds=frac_off)
        tzname = found.get('Z')
        args.append(timezone(off, tzname) if tzname else timezone(off))
    return args, weekday, julian
