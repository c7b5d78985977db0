# inline flags: global at the start, scoped (?i:...) and (?-i:...)
import re
print(re.findall(r'(?i)ab', 'AB ab Ab'), re.findall(r'(?i:a)b', 'AB ab Ab aB'))
print(re.findall(r'a(?i:b)', 'AB ab Ab aB'), re.findall(r'(?i)a(?-i:b)', 'AB ab Ab aB'))
print(re.findall(r'(?s:.)', 'a\n'), re.findall(r'(?m:^x)', 'x\nx'), re.findall(r'(?m:^x)|y', 'x\nx y'))
print(re.findall(r'(?x: a b )c', 'abc a bc'), re.findall(r'(?a:\w+)é', 'aé'))
print(re.findall(r'(?im)^a', 'A\na'), re.findall(r'(?i)(?m)^a', 'A\na'))
print(re.compile(r'(?i)(?s)x').flags, re.compile(r'(?i:x)').flags)
for p in [r'a(?i)', r'(?i)a(?m)', r'(?i-i:a)', r'(?-:a)', r'(?i-', r'(?a-a:x)', r'(?L)x', r'(?au)x',
          r'(a(?i))', r'(?q)', r'(?i:', r'(?-i)x']:
    try:
        print(repr(p), re.compile(p).flags)
    except re.error as e:
        print(repr(p), e)
