# time.strftime of explicit tuples (no time zone involved): the C locale's
# directives as glibc writes them, flags and widths, and what is copied as is.
import time

t = (2026, 11, 29, 14, 5, 9, 6, 333, 0)
print(time.strftime('%X', t), time.strftime('%H:%M:%S', t), time.strftime('%Y-%m-%d', t))
print(time.strftime('%c', t))
print(time.strftime('%x | %D | %F | %T | %R | %r', t))
print(time.strftime('%a %A %b %B %h %p %P', t))
print(time.strftime('%j %U %W %V %G %g %u %w %C %y %e %k %l %I', t))
print(time.strftime('%%|%n|%t|', t).encode())
print(time.strftime('[%5Y] [%_5d] [%-d] [%^a] [%#b] [%010Y] [%#p] [%-5H] [%3j] [%^c]', t))
print(time.strftime('%Q %+ %E %Ey %OH %OY 100%', t))
print(time.strftime('é %Y 😀', t), repr(time.strftime('', t)))
for day in [(2026, 1, 1), (2027, 1, 3), (2024, 12, 30), (2021, 1, 3), (2020, 12, 31)]:
    y, m, d = day
    tt = time.gmtime(time.mktime((y, m, d, 12, 0, 0, 0, 0, 0)) - time.timezone)
    print(day, time.strftime('%G-W%V-%u %U %W %j', tt))
print(time.strftime('%Y %y %C %G', (-44, 3, 15, 0, 0, 0, 0, 74, 0)))
print(time.strftime('%Y %y %C', (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%Y-%m-%d %j', (2026, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%H:%M:%S', (2026, 6, 30, 23, 59, 61, 1, 181, 0)))
for isdst in (-1, 0, 1):
    print(isdst, repr(time.strftime('%z', (2026, 7, 1, 0, 0, 0, 0, 182, isdst))))
st = time.struct_time((2026, 7, 1, 12, 0, 0, 2, 182, 1, 'ABC', 19800))
print(time.strftime('%Z %z', st), time.strftime('%#Z|%10Z|%-z', st))
print(len(time.strftime('%2000Y', t)), repr(time.strftime('%3000Y', t)))
