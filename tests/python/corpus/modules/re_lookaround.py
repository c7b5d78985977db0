# lookahead and fixed-width lookbehind, positive and negative
import re
print(re.findall(r'\w+(?=!)', 'hi! there! no'))
print(re.findall(r'\b\w+\b(?!!)', 'hi! there! no'))
print(re.findall(r'(?<=\$)\d+', 'cost $42 and $7, not 9'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $42 and $7, not 9'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.search(r'foo(?!bar)', 'foobar foobaz').span())
print(re.match(r'(?=(\w+))\w', 'abc').group(1))
print(re.match(r'(?!a)\w', 'abc'), re.match(r'(?!b)\w', 'abc'))
print(re.search(r'(?<=ab|cd)e', 'xcde').span())
print(re.search(r'(?<=a.c)d', 'abcd').group())
print(re.search(r'(?<=^)a', 'a'), re.search(r'(?<!^)a', 'aa').span())
print(re.findall(r'(?=(aa))', 'aaaa'))
print(re.search(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abc123') is not None)
print(re.search(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abcdef') is not None)
print(re.search(r'(?<=(a))b', 'ab').groups())
for p in [r'(?<=a+)b', r'(?<=a|bc)d', r'(?<!a*)', r'(?<x', r'(?=a']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e)
