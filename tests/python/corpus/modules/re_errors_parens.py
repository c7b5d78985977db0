# re.error for bad parentheses and repeats, with CPython's messages and positions
import re
bad = ['(a', 'a)', '((a)', 'a))', '(?:a', '(?P<n>a', '*a', 'a**', '+', 'a|*', '(*)', '^*', 'a{2}{3}',
       'a{3,2}', '(?', '(?z)', '(?<x>a)', '(?Px)', '(?P<>a)', '(?P<a-b>x)', '(?P<a>x)(?P<a>y)', '(?P<n', 'x(?i)',
       '(?i', '(?i-i:a)', '(?#comment', 'a|(?m)b', '\\b*', 'a{1}?{2}']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.pattern == p)
try:
    re.compile('(a\nb')
except re.error as e:
    print(e, e.lineno, e.colno)
try:
    re.compile('ab\n\n  (c')
except re.error as e:
    print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
