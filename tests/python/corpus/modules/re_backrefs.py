# backreferences by number and by name
import re
print(re.search(r'(\w)\1', 'hello').group())
print(re.findall(r'(\w)\1', 'aabbcd ee'))
print(re.search(r'\b(\w+) \1\b', 'this is is a test').group(1))
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"quoted" text').group())
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
print(re.match(r'(a)\1\1', 'aaa'), re.match(r'(a)\1\1', 'aa'))
print(re.match(r'(a|b)*\1', 'abab'))
print(re.match(r'(?i)(a)\1', 'aA'))
print(re.match(r'(a)?b\1', 'b'))
print(re.match(r'(a*)\1', 'aaaa').group(1))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'one two three four'))
print(re.match(r'(?P<x>\d)(?P=x)+', '7777').group())
print(re.match(r'\0', '\0'), re.match(r'\101', 'A'), re.match(r'[\101]', 'A'))
for p in [r'(a)\2', r'\1(a)', r'(a\1)', r'(?P<n>a)(?P=m)', r'(?P=', r'(?P<n>a)(?P=1n)']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e.msg, e.pos)
