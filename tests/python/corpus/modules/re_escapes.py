# escapes outside classes and re.escape
import re
print(re.findall(r'\d', 'a1b2'), re.findall(r'\D', 'a1b2'))
print(re.findall(r'\w+', 'a_b c-d'), re.findall(r'\W', 'a_b c-d'))
print(re.findall(r'\s', 'a b\tc\nd'), re.findall(r'\S+', 'a b\tc'))
print(re.findall(r'\bcat\b', 'cat concat cat.'), re.findall(r'\Bcat', 'cat concat'))
print(re.match(r'\.\*\+\?\(\)\[\]\{\}\|\^\$\\', '.*+?()[]{}|^$\\'))
print(re.match(r'\t\n\r\f\v\a', '\t\n\r\f\v\a'), re.match(r'\x41\u0042\U00000043', 'ABC'))
print(re.match(r'\0\07', '\0\7'), re.match(r'\-\#\&\~\ ', '-#&~ '))
print(re.escape('a.b*c'), re.escape('1+1=2?'), re.escape('path/to [x]'))
print(re.escape('tab\there\n'), re.escape('ünïcode_ok'), re.escape('-&~#'))
print(re.match(re.escape('(1+2)*3'), '(1+2)*3'))
print(re.findall(r'\AHello', 'Hello Hello'), re.findall(r'o\Z', 'foo\nfoo'))
for p in [r'\q', r'\e', '\\', r'\x4', r'\u12', r'\8', r'\400', 'a\\']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), e.msg, e.pos)
