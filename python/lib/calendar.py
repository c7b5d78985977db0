# python/lib/calendar.py
#
# The calendar module, after CPython 3.11's Lib/calendar.py: the leap-year and
# weekday functions, the English names of days and months (CPython's come from
# the C locale, which is what a program gets), Calendar's iterators and
# TextCalendar's text, and the module's functions on one TextCalendar.
# HTMLCalendar and the Locale* calendars are refused by name.
#
# A file of the library fetched when imported in wasm (build/wasm/pylib/calendar.py);
# built into the native interpreter as the C string calendar_prelude.
import datetime
from itertools import repeat

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday', 'isleap',
           'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar',
           'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr', 'Calendar', 'TextCalendar',
           'HTMLCalendar', 'LocaleTextCalendar', 'LocaleHTMLCalendar', 'weekheader',
           'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError

class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month
    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month

class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday
    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % self.weekday

January = 1
February = 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

# day_name[0] is 'Monday' (2001-01-01 was one), month_name[0] is ''; a slice gives a list
# (the names made on first use, once)
class _localized_month:
    def __init__(self, format):
        self.format = format
        self._names = None
    def __getitem__(self, i):
        if self._names is None:
            self._names = [''] + [datetime.date(2001, m, 1).strftime(self.format) for m in range(1, 13)]
        return self._names[i]
    def __len__(self):
        return 13

class _localized_day:
    def __init__(self, format):
        self.format = format
        self._names = None
    def __getitem__(self, i):
        if self._names is None:
            self._names = [datetime.date(2001, 1, d).strftime(self.format) for d in range(1, 8)]
        return self._names[i]
    def __len__(self):
        return 7

day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')

def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

def leapdays(y1, y2):
    # leap years in [y1, y2)
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)

def weekday(year, month, day):
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400  # the weekdays repeat every 400 years
    return datetime.date(year, month, day).weekday()

def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))

def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)

def _weeks(items):
    return [items[i:i + 7] for i in range(0, len(items), 7)]

class Calendar(object):
    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday
    def getfirstweekday(self):
        return self._firstweekday % 7
    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday
    firstweekday = property(getfirstweekday, setfirstweekday)
    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7
    def _padding(self, year, month):
        day1, ndays = monthrange(year, month)
        return (day1 - self.firstweekday) % 7, ndays, (self.firstweekday - day1 - ndays) % 7
    def itermonthdays(self, year, month):
        before, ndays, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, ndays + 1)
        yield from repeat(0, after)
    def itermonthdays2(self, year, month):
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7
    def itermonthdays3(self, year, month):
        before, ndays, after = self._padding(year, month)
        py, pm = (year - 1, 12) if month == 1 else (year, month - 1)
        end = _monthlen(py, pm) + 1
        for d in range(end - before, end):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
        for d in range(1, after + 1):
            yield ny, nm, d
    def itermonthdays4(self, year, month):
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7
    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)
    def monthdatescalendar(self, year, month):
        return _weeks(list(self.itermonthdates(year, month)))
    def monthdays2calendar(self, year, month):
        return _weeks(list(self.itermonthdays2(year, month)))
    def monthdayscalendar(self, year, month):
        return _weeks(list(self.itermonthdays(year, month)))
    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]
    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]
    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

class TextCalendar(Calendar):
    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')
    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)
    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)
    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)
    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())
    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = '%s %r' % (s, theyear)
        return s.center(width)
    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')
    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        nl = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), self.formatweekheader(w).rstrip()]
        lines += [self.formatweek(week, w).rstrip() for week in self.monthdays2calendar(theyear, themonth)]
        return nl.join(lines) + nl
    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        nl = '\n' * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), nl]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out += [nl, formatstring((self.formatmonthname(theyear, k, colwidth, False) for k in months), colwidth, c).rstrip(), nl]
            out += [formatstring((header for k in months), colwidth, c).rstrip(), nl]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out += [formatstring(weeks, colwidth, c).rstrip(), nl]
        return ''.join(out)
    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')

def _refused(name):
    class Refused:
        def __init__(self, *args, **kwargs):
            raise NotImplementedError(f"calendar.{name} is not supported by casyncio's Python")
    Refused.__name__ = Refused.__qualname__ = name
    return Refused

HTMLCalendar = _refused('HTMLCalendar')
LocaleTextCalendar = _refused('LocaleTextCalendar')
LocaleHTMLCalendar = _refused('LocaleHTMLCalendar')

c = TextCalendar()
firstweekday = c.getfirstweekday

def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday

monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6

def format(cols, colwidth=_colwidth, spacing=_spacing):
    print(formatstring(cols, colwidth, spacing))

def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    return (' ' * spacing).join(c.center(colwidth) for c in cols)

EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()

def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
