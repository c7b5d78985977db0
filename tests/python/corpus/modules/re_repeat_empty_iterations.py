# repeats of groups that can match empty: sre's guard against empty iterations
import re
for p, s in [(r'(\w*?){1,2}', 'a'), (r'(\w*?){1,2}$', 'a'), (r'(a*?){1,2}$', 'a'), (r'(a*?)*$', 'aa'),
             (r'(a*?){2}$', 'a'), (r'(a|)*$', 'a'), (r'(a*)*$', 'aa'), (r'(a*)+$', 'aa'), (r'(a?)+?$', 'aa'),
             (r'(a|b?)*c', 'abc'), (r'(?:a*)*b', 'aab'), (r'(a*){3}$', 'aa'), (r'((a)|b?){2,3}$', 'ab'),
             (r'(?:(\d)|x?){1,3}', '12x'), (r'(()|a)+$', 'aa')]:
    m = re.match(p, s)
    print(p, repr(s), m and (m.span(), m.groups(), m.lastindex))
print(re.findall(r'(\w*?){1,2}', 'ab c'), re.findall(r'(a?)*', 'aab'))
print(re.sub(r'(x*)*', '-', 'axxb'), re.split(r'(b*)*', 'abbc'))
print([m.span() for m in re.finditer(r'(?:a|)+', 'aab')])
