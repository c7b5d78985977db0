# calendar, keyword and string.Formatter: things a learner finds in the library index
import calendar
import keyword
import string

print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(calendar.month_name[3], calendar.day_abbr[0], list(calendar.month_abbr)[1:4])
print(calendar.month(2024, 2))
print(keyword.iskeyword('await'), keyword.iskeyword('print'), keyword.issoftkeyword('match'), len(keyword.kwlist))
f = string.Formatter()
print(f.format('{0:>5}|{name!r}', 42, name='x'), list(f.parse('a{b:>3}c{d}')))
print(string.Template('$a and ${b}s').substitute(a=1, b='two'))
print(calendar.monthrange(2024, 13))
