# character classes: ranges, negation, escapes and special characters inside
import re
print(re.findall(r'[a-z]+', 'abc DEF ghi'))
print(re.findall(r'[^a-z ]+', 'abc DEF ghi'))
print(re.findall(r'[-a]', 'a-b'), re.findall(r'[a-]', 'a-b'), re.findall(r'[]a]', ']a'))
print(re.findall(r'[\]]', 'a]b'), re.findall(r'[\\]', 'a\\b'), re.findall(r'[.*+]', 'a.b*c+'))
print(re.findall(r'[\d.]+', 'v1.2.3 x'), re.findall(r'[\w-]+', 'foo-bar baz'))
print(re.findall(r'[\s,]+', 'a, b ,c'), re.findall(r'[^\W\d]+', 'ab12cd_3'))
print(re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'[\u00e0-\u00e5]', 'àáâãäåæ'))
print(re.findall(r'[\n\t]', 'a\tb\nc'), re.findall(r'[0-9a-fA-F]+', '0xDEADbeef g'))
print(re.findall(r'[^]]', 'a]'), re.findall(r'[a^]', 'a^b'), re.findall(r'[$]', 'a$'))
print(re.fullmatch(r'[A-Za-z_][A-Za-z0-9_]*', 'var_1'), re.fullmatch(r'[A-Za-z_]\w*', '1var'))
print(re.findall(r'[\b]', 'a\bb'), re.findall(r'[.]', 'a.b'))
for p in ['[a', '[z-a]', '[a-\\d]', '[\\q]', '[', '[^', '[]', '[a-']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e.msg, e.pos)
