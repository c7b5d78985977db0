# datetime for casyncio's Python: date, time, datetime, timedelta,
# timezone, after CPython 3.11's (its pure-Python datetime.py's algorithms:
# proleptic Gregorian ordinals; its C _datetime's reprs, rounding and
# messages, which are what python3 prints).  Local time goes through
# time.localtime; strftime through time.strftime.

import time as _time
import math as _math
from operator import index as _index

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_EPOCH_ORD = 719163     # date(1970, 1, 1).toordinal()
_DIM = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DBM = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_MONTHS = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MISSING = object()


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400

def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DIM[m]

def _ymd2ord(y, m, d):
    return _days_before_year(y) + _DBM[m] + (m > 2 and _is_leap(y)) + d

_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)

def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DBM[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DIM[month] + (month == 2 and leap)
    return year, month, n - before + 1

def _isoweek1monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _tn(o):
    # the type's name as CPython's messages give it (tp_name)
    t = type(o)
    return 'datetime.' + t.__name__ if t.__module__ == 'datetime' else t.__name__

def _args(fname, names, nmin, npos, args, kw):
    # CPython's argument parser (PyArg_ParseTupleAndKeywords) and its messages
    n, na = len(names), len(args)
    f = fname + '()' if fname else 'function'
    if na + len(kw) > n:
        raise TypeError('%s takes at most %d %sargument%s (%d given)'
                        % (f, n, '' if na else 'keyword ', 's' if n != 1 else '', na + len(kw)))
    if na > npos:
        raise TypeError('%s takes %s %d positional argument%s (%d given)'
                        % (f, 'at most' if nmin < npos else 'exactly', npos, 's' if npos != 1 else '', na))
    out = list(args)
    for i in range(na, n):
        v = kw.get(names[i], _MISSING)
        if v is _MISSING and i < nmin:
            raise TypeError("%s missing required argument '%s' (pos %d)" % (f, names[i], i + 1))
        out.append(v)
    for k in kw:
        if k in names[:na]:
            raise TypeError("argument for %s given by name ('%s') and position (%d)" % (f, k, names.index(k) + 1))
    for k in kw:
        if k not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s" % (k, fname + '()' if fname else 'this function'))
    return out

def _check_date(y, m, d):
    y, m, d = _index(y), _index(m), _index(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d

def _check_time(h, m, s, us, fold):
    h, m, s, us = _index(h), _index(m), _index(s), _index(us)
    if not 0 <= h <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= m <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= s <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return h, m, s, us, fold

def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % _tn(tz))

def _check_offset(name, off):
    if off is None:
        return
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, _tn(off)))
    if not -_ONE_DAY < off < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % off)

def _divide_and_round(a, b):
    # a / b rounded to the nearest integer, halves to even
    q, r = divmod(a, b)
    r *= 2
    if (r > b if b > 0 else r < b) or r == b and q % 2 == 1:
        q += 1
    return q

def _fmt_time(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')

def _fmt_offset(off, sep):
    if off is None:
        return ''
    sign = '+'
    if off._days < 0:
        sign = '-'
        off = -off
    m, s = divmod(off._seconds, 60)
    h, m = divmod(m, 60)
    if off._microseconds:
        return '%s%02d%s%02d%s%02d.%06d' % (sign, h, sep, m, sep, s, off._microseconds)
    if s:
        return '%s%02d%s%02d%s%02d' % (sign, h, sep, m, sep, s)
    return '%s%02d%s%02d' % (sign, h, sep, m)

def _strftime(obj, fmt, tt):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _tn(fmt))
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i == n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif c == 'z':
            out.append(_fmt_offset(obj.utcoffset(), '') if hasattr(obj, 'utcoffset') else '')
        elif c == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name.replace('%', '%%') if name else '')
        else:
            out.append('%' + c)
    return _time.strftime(''.join(out), tt)

def _struct_time(t):
    st = getattr(_time, 'struct_time', None)
    return st(t) if st else t


_OPS = (lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b,
        lambda a, b: a != b, lambda a, b: a > b, lambda a, b: a >= b)


def _cmp_aware(a, b, op, kind):
    # time's and datetime's comparison: in UTC when their tzinfos differ
    x, y = a._us(), b._us()
    if a._tzinfo is not b._tzinfo:
        u, v = a.utcoffset(), b.utcoffset()
        if (u is None) != (v is None):
            if op == 2:
                return False
            if op == 3:
                return True
            raise TypeError("can't compare offset-naive and offset-aware " + kind)
        if u is not None:
            x -= u._us()
            y -= v._us()
    return _OPS[op](x, y)


def _comparisons(cls):
    # the six comparisons, each cls._cmp(other, op) (NotImplemented or a bool)
    for i, name in enumerate(('__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__')):
        setattr(cls, name, _comparison(i))

def _comparison(op):
    return lambda self, other: self._cmp(other, op)

def _from_us(cls, us):
    # a timedelta of us microseconds (C's microseconds_to_delta)
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -999999999 <= d <= 999999999:
        if not -2147483648 <= d <= 2147483647:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
    self = object.__new__(cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self

def _cround(x):
    # C's round(): halves away from zero
    w = float(int(x))
    if abs(x - w) >= 0.5:
        w += 1.0 if x > 0 else -1.0
    return w

_TD_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')
_TD_US = (86400000000, 1000000, 1, 1000, 60000000, 3600000000, 604800000000)


class timedelta:
    __slots__ = '_days', '_seconds', '_microseconds'

    def __new__(cls, *args, **kw):
        a = _args('__new__', _TD_NAMES, 0, 7, args, kw)
        us = 0
        left = 0.0
        for i in (2, 3, 1, 4, 5, 0, 6):
            v = a[i]
            if v is _MISSING:
                continue
            f = _TD_US[i]
            if isinstance(v, int):
                us += v * f
            elif isinstance(v, float):
                frac, whole = _math.modf(v)
                us += int(whole) * f
                if frac:
                    frac, whole = _math.modf(f * frac)
                    us += int(whole)
                    left += frac
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (_TD_NAMES[i], _tn(v)))
        if left:
            w = _cround(left)
            if abs(w - left) == 0.5:
                odd = us & 1
                w = 2.0 * _cround((left + odd) * 0.5) - odd
            us += int(w)
        return _from_us(cls, us)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        a = []
        if self._days:
            a.append('days=%d' % self._days)
        if self._seconds:
            a.append('seconds=%d' % self._seconds)
        if self._microseconds:
            a.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_tn(self), ', '.join(a) or '0')

    def __str__(self):
        m, s = divmod(self._seconds, 60)
        h, m = divmod(m, 60)
        r = '%d:%02d:%02d' % (h, m, s)
        if self._days:
            r = '%d day%s, ' % (self._days, 's' if abs(self._days) != 1 else '') + r
        if self._microseconds:
            r += '.%06d' % self._microseconds
        return r

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _from_us(timedelta, self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _from_us(timedelta, self._us() - other._us())
        return NotImplemented

    def __neg__(self):
        return _from_us(timedelta, -self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _from_us(timedelta, self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _from_us(timedelta, _divide_and_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _from_us(timedelta, self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, float):
            b, a = other.as_integer_ratio()
        elif isinstance(other, int):
            b, a = other, 1
        else:
            return NotImplemented
        if b == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        return _from_us(timedelta, _divide_and_round(a * self._us(), b))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _from_us(timedelta, self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _from_us(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def _cmp(self, other, op):
        if isinstance(other, timedelta):
            return _OPS[op](self._key(), other._key())
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0



timedelta.min = _from_us(timedelta, -999999999 * 86400000000)
timedelta.max = _from_us(timedelta, 1000000000 * 86400000000 - 1)
timedelta.resolution = _from_us(timedelta, 1)
_ONE_DAY = _from_us(timedelta, 86400000000)
_ZERO = _from_us(timedelta, 0)


def _timestamp_parts(t):
    # seconds and microseconds of a timestamp, halves to even (CPython's _PyTime_ObjectToTimeval)
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1.0
        elif us < 0:
            us += 1000000
            whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        return int(whole), int(us)
    t = _index(t)
    if not -2**63 <= t < 2**63:
        raise OverflowError('timestamp out of range for platform time_t')
    return t, 0

def _utc_fields(secs):
    days, secs = divmod(secs, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORD)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    h, secs = divmod(secs, 3600)
    mi, s = divmod(secs, 60)
    return y, m, d, h, mi, s

def _local_fields(secs):
    t = _time.localtime(secs)
    if not MINYEAR <= t[0] <= MAXYEAR:
        raise ValueError('year %d is out of range' % t[0])
    return t[0], t[1], t[2], t[3], t[4], min(t[5], 59)

def _local_seconds(secs):
    # the local time of secs (since the epoch) as seconds since the epoch, as if UTC
    y, m, d, h, mi, s = _local_fields(secs)
    return (_ymd2ord(y, m, d) - _EPOCH_ORD) * 86400 + h * 3600 + mi * 60 + s

def _local_to_seconds(y, m, d, h, mi, s, fold):
    # seconds since the epoch of a local time (CPython's local_to_seconds)
    t = (_ymd2ord(y, m, d) - _EPOCH_ORD) * 86400 + h * 3600 + mi * 60 + s
    a = _local_seconds(t) - t
    u1 = t - a
    t1 = _local_seconds(u1)
    if t1 == t:
        u2 = u1 + 86400 if fold else u1 - 86400
        b = _local_seconds(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    if _local_seconds(u2) == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)

def _local_timezone(secs):
    t = _time.localtime(secs)
    return timezone(_from_us(timedelta, t.tm_gmtoff * 1000000), t.tm_zone)


class date:
    __slots__ = '_year', '_month', '_day'

    def __new__(cls, *args, **kw):
        y, m, d = _args(None, ('year', 'month', 'day'), 3, 3, args, kw)
        return _new_date(cls, *_check_date(y, m, d))

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, timestamp):
        if isinstance(timestamp, float):
            if timestamp != timestamp:
                raise ValueError('Invalid value NaN (not a number)')
            timestamp = _math.floor(timestamp)
        secs = _timestamp_parts(timestamp)[0]
        return cls(*_local_fields(secs)[:3])

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(s) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % s)
        try:
            d = _parse_date(s)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % s) from None
        return cls(*d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            ok = False
            if week == 53:
                first = _ymd2ord(year, 1, 1) % 7
                ok = first == 4 or first == 3 and _is_leap(year)
            if not ok:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return cls(*_ord2ymd(_isoweek1monday(year) + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tn(self), self._year, self._month, self._day)

    def isoformat(self, *args, **kw):
        # a C method of no arguments in CPython (METH_NOARGS)
        if kw:
            raise TypeError('date.isoformat() takes no keyword arguments')
        if args:
            raise TypeError(f'date.isoformat() takes no arguments ({len(args)} given)')
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_DAYS[self.weekday()], _MONTHS[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % _tn(fmt))
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                             _DBM[self._month] + (self._month > 2 and _is_leap(self._year)) + self._day, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        monday = _isoweek1monday(year)
        today = self.toordinal()
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _isoweek1monday(year), 7)
        elif week >= 52 and today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _cmp(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _OPS[op]((self._year, self._month, self._day), (other._year, other._month, other._day))
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 0 < n <= _MAXORDINAL:
                raise OverflowError('date value out of range')
            return type(self)(*_ord2ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -_from_us(timedelta, other._days * 86400000000)
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return _from_us(timedelta, (self.toordinal() - other.toordinal()) * 86400000000)
        return NotImplemented


def _new_date(cls, y, m, d):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    return self


class _IsoField:
    # a field of IsoCalendarDate, read-only as a C type's member
    def __init__(self, name, i):
        self._name = name
        self._i = i

    def __get__(self, obj, cls=None):
        return self if obj is None else tuple.__getitem__(obj, self._i)

    def __set__(self, obj, value):
        raise AttributeError(f"attribute '{self._name}' of 'datetime.IsoCalendarDate' objects is not writable")


class IsoCalendarDate(tuple):
    # a tuple, with CPython's named fields and repr
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = _IsoField('year', 0)
    week = _IsoField('week', 1)
    weekday = _IsoField('weekday', 2)

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)

    def __reduce__(self):
        return (tuple, (tuple(self),))


class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime.datetime instance, not %s' % _tn(dt))
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst


def _offset_of(tz, name, dt):
    if tz is None:
        return None
    off = getattr(tz, name)(dt)
    _check_offset(name, off)
    return off


class time:
    __slots__ = '_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold'

    def __new__(cls, *args, **kw):
        h, m, s, us, tz, fold = _args(None, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'),
                                      0, 5, args, kw)
        h, m, s, us, fold = _check_time(0 if h is _MISSING else h, 0 if m is _MISSING else m,
                                        0 if s is _MISSING else s, 0 if us is _MISSING else us,
                                        0 if fold is _MISSING else fold)
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = h, m, s, us
        self._tzinfo = tz
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = s[1:] if s[:1] == 'T' else s
        try:
            t = _parse_time(t)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % s) from None
        return cls(*t)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return _offset_of(self._tzinfo, 'utcoffset', None)

    def dst(self):
        return _offset_of(self._tzinfo, 'dst', None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_tn(self), s)

    def isoformat(self, timespec='auto'):
        return (_fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _fmt_offset(self.utcoffset(), ':'))

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(self, fmt, _struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)))

    __format__ = date.__format__

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        return _cmp_aware(self, other, op, 'times')

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash(_from_us(timedelta, self._us() - off._us()))

    def __bool__(self):
        return True


_time_class = time
_comparisons(date)
_comparisons(time)
_comparisons(timedelta)


class datetime(date):
    __slots__ = '_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold'

    def __new__(cls, *args, **kw):
        a = _args(None, ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'),
                  3, 8, args, kw)
        y, m, d = _check_date(a[0], a[1], a[2])
        h, mi, s, us, fold = _check_time(*[0 if v is _MISSING else v for v in (a[3], a[4], a[5], a[6], a[8])])
        tz = None if a[7] is _MISSING else a[7]
        _check_tzinfo(tz)
        return _new_datetime(cls, y, m, d, h, mi, s, us, tz, fold)

    hour = _time_class.hour
    minute = _time_class.minute
    second = _time_class.second
    microsecond = _time_class.microsecond
    tzinfo = _time_class.tzinfo
    fold = _time_class.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        secs, us = _timestamp_parts(t)
        fold = 0
        if utc:
            f = _utc_fields(secs)
        else:
            f = _local_fields(secs)
            # a time that comes twice (a clock set back): fold=1 for the second (CPython's probe)
            res = (_ymd2ord(f[0], f[1], f[2]) - _EPOCH_ORD) * 86400 + f[3] * 3600 + f[4] * 60 + f[5]
            trans = res - _local_seconds(secs - 86400) - 86400
            if trans < 0 and _local_seconds(secs + trans) == res:
                fold = 1
        r = cls(*f, us, tz, fold=fold)
        if tz is not None:
            r = tz.fromutc(r)
        return r

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(timestamp, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, timestamp):
        return cls._fromtimestamp(timestamp, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % _tn(date))
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % _tn(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(s) < 7:
            raise ValueError('Invalid isoformat string: %r' % s)
        try:
            sep = _find_separator(s)
            d = _parse_date(s[:sep])
            t = s[sep + 1:]
            if not t and sep < len(s):
                raise ValueError('a separator and no time')
            t = _parse_time(t) if t else [0, 0, 0, 0, None]
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % s) from None
        return cls(*(d + t))

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError('strptime() argument 1 must be str, not %s' % _tn(date_string))
        if not isinstance(format, str):
            raise TypeError('strptime() argument 2 must be str, not %s' % _tn(format))
        from _strptime import _strptime
        return _strptime(cls, date_string, format)

    def utcoffset(self):
        return _offset_of(self._tzinfo, 'utcoffset', self)

    def dst(self):
        return _offset_of(self._tzinfo, 'dst', self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def timetuple(self):
        dst = self.dst()
        dst = -1 if dst is None else 1 if dst else 0
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self.weekday(), _DBM[self._month] + (self._month > 2 and _is_leap(self._year))
                             + self._day, dst))

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _struct_time((t._year, t._month, t._day, t._hour, t._minute, t._second, t.weekday(),
                             _DBM[t._month] + (t._month > 2 and _is_leap(t._year)) + t._day, 0))

    def _secs(self):
        return ((self.toordinal() - _EPOCH_ORD) * 86400 + self._hour * 3600 + self._minute * 60
                + self._second)

    def _local_secs(self):
        return _local_to_seconds(self._year, self._month, self._day, self._hour, self._minute, self._second,
                                 self._fold)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return self._local_secs() + self._microsecond / 1e6
        return (self._secs() * 1000000 + self._microsecond - off._us()) / 10**6

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        mine = self._tzinfo
        off = None if mine is None else self.utcoffset()
        if off is None:
            secs = self._local_secs()
            mine = _local_timezone(secs)
            off = mine.utcoffset(self)
        if mine is tz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        if tz is None:
            tz = _local_timezone(utc._secs())
            utc = utc.replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYS[self.weekday()], _MONTHS[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % _tn(sep))
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _fmt_offset(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        s = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s += ', %d' % self._second
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_tn(self), s)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def _us(self):
        return self._secs() * 1000000 + self._microsecond

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == 2:
                    return False
                if op == 3:
                    return True
                raise TypeError("can't compare %s to %s" % (_tn(self), _tn(other)))
            return NotImplemented
        return _cmp_aware(self, other, op, 'datetimes')

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash((self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond))
        return hash(_from_us(timedelta, self._us() + _EPOCH_ORD * 86400000000 - off._us()))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        days, us = divmod(us, 86400000000)
        n = days + _EPOCH_ORD
        if not 0 < n <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        s, us = divmod(us, 1000000)
        h, s = divmod(s, 3600)
        m, s = divmod(s, 60)
        return _new_datetime(type(self), *_ord2ymd(n), h, m, s, us, self._tzinfo, 0)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        d = self._us() - other._us()
        if self._tzinfo is not other._tzinfo:
            x, y = self.utcoffset(), other.utcoffset()
            if (x is None) != (y is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if x is not None:
                d += y._us() - x._us()
        return _from_us(timedelta, d)


def _new_datetime(cls, y, m, d, h, mi, s, us, tz, fold):
    self = object.__new__(cls)
    self._year, self._month, self._day = y, m, d
    self._hour, self._minute, self._second, self._microsecond = h, mi, s, us
    self._tzinfo = tz
    self._fold = fold
    return self

_date_class = date


class timezone(tzinfo):
    __slots__ = '_offset', '_name'

    def __new__(cls, *args, **kw):
        off, name = _args('timezone', ('offset', 'name'), 1, 2, args, kw)
        if not isinstance(off, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % _tn(off))
        if name is _MISSING:
            name = None
            if not off:
                return timezone.utc
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % _tn(name))
        return _new_timezone(cls, off, name)

    def _check(self, dt, name):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s' % (name, _tn(dt)))

    def utcoffset(self, dt):
        self._check(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _fmt_offset(self._offset, ':')

    __str__ = lambda self: self.tzname(None)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tn(self), self._offset)
        return '%s(%r, %r)' % (_tn(self), self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


def _new_timezone(cls, off, name):
    if not -_ONE_DAY < off < _ONE_DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24), not %r.' % off)
    self = object.__new__(cls)
    self._offset = off
    self._name = name
    return self

timezone.utc = UTC = _new_timezone(timezone, _ZERO, None)
timezone.min = _new_timezone(timezone, _from_us(timedelta, -86340000000), None)
timezone.max = _new_timezone(timezone, _from_us(timedelta, 86340000000), None)

date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _ONE_DAY
time.min = time(0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta.resolution
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta.resolution


# ISO 8601 parsing, after CPython 3.11's
def _find_separator(s):
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            if n < 8:
                raise ValueError('Invalid ISO string')
            if n > 8 and s[8] == '-':
                if n == 9:
                    raise ValueError('Invalid ISO string')
                if n > 10 and s[10].isdigit():
                    return 8
                return 10
            return 8
        return 10
    if s[4] == 'W':
        i = 7
        while i < n and s[i] in '0123456789':
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8

def _parse_date(s):
    if len(s) not in (7, 8, 10):
        raise ValueError('Invalid ISO string')
    year = int(s[0:4])
    sep = s[4] == '-'
    pos = 4 + sep
    if s[pos:pos + 1] == 'W':
        pos += 1
        week = int(s[pos:pos + 2])
        pos += 2
        day = 1
        if len(s) > pos:
            if (s[pos:pos + 1] == '-') != sep:
                raise ValueError('Inconsistent use of dash separator')
            pos += sep
            day = int(s[pos:pos + 1])
        d = date.fromisocalendar(year, week, day)
        return [d._year, d._month, d._day]
    month = int(s[pos:pos + 2])
    pos += 2
    if (s[pos:pos + 1] == '-') != sep:
        raise ValueError('Inconsistent use of dash separator')
    pos += sep
    return [year, month, int(s[pos:pos + 2])]

def _parse_hms(s):
    n = len(s)
    comps = [0, 0, 0, 0]
    pos = 0
    for i in range(3):
        if n - pos < 2:
            raise ValueError('Incomplete time component')
        comps[i] = int(s[pos:pos + 2])
        pos += 2
        nxt = s[pos:pos + 1]
        if i == 0:
            sep = nxt == ':'
        if not nxt or i >= 2:
            break
        if sep and nxt != ':':
            raise ValueError('Invalid time separator')
        pos += sep
    if pos < n:
        if s[pos] not in '.,':
            raise ValueError('Invalid microsecond component')
        pos += 1
        k = min(n - pos, 6)
        comps[3] = int(s[pos:pos + k]) * 10 ** (6 - k)
        if n - pos > k and not s[pos + k:].isdigit():
            raise ValueError('Non-digit values in unparsed fraction')
    return comps

def _parse_time(s):
    if len(s) < 2:
        raise ValueError('Isoformat time too short')
    tzpos = s.find('-') + 1 or s.find('+') + 1 or s.find('Z') + 1
    comps = _parse_hms(s[:tzpos - 1] if tzpos > 0 else s)
    tz = None
    if tzpos == len(s) and s[-1] == 'Z':
        tz = timezone.utc
    elif tzpos > 0:
        z = s[tzpos:]
        if len(z) in (0, 1, 3):
            raise ValueError('Malformed time zone string')
        zc = _parse_hms(z)
        if any(zc):
            td = timedelta(hours=zc[0], minutes=zc[1], seconds=zc[2], microseconds=zc[3])
            tz = timezone(-td if s[tzpos - 1] == '-' else td)
        else:
            tz = timezone.utc
    comps.append(tz)
    return comps


for _c in (date, time, datetime, timedelta, tzinfo, timezone, IsoCalendarDate):
    _dotted(_c)
for _c in (date, time, timedelta, tzinfo):
    # values that never change: the copy module's copy and deepcopy give them back
    _c.__copy__ = lambda self: self
    _c.__deepcopy__ = lambda self, memo: self
del _c
