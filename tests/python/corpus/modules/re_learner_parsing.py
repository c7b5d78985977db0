# a learner parses lines of input with re
import re
lines = ['move 10 20', 'say "hello world"', 'jump', '  move -3 4  ', 'bad line!', 'x=1; y=22; z=333']
for line in lines:
    nums = re.findall(r'-?\d+', line)
    m = re.match(r'\s*(\w+)\s*(.*?)\s*$', line)
    print(repr(line), nums, m.groups() if m else None)
    q = re.search(r'"([^"]*)"', line)
    if q:
        print('  quoted:', q.group(1))
pairs = dict(re.findall(r'(\w+)=(\d+)', lines[-1]))
print(pairs, sum(int(v) for v in pairs.values()))
date = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)')
for s in ['2024-01-31', 'on 1999-12-25!', '24-1-1']:
    m = date.search(s)
    print(s, m and (m['y'], m['m'], m['d']), bool(date.fullmatch(s)))
print(re.sub(r'(\d+)', lambda m: str(int(m[1]) + 1), 'a9 b99'))
words = re.split(r'[^\w\']+', "Don't stop, it's fine.")
print([w for w in words if w])
emails = re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+', 'a.b@x.org, c+d@y.co.uk; bad@ foo@bar')
print(emails)
