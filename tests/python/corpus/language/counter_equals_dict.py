# A Counter compared with a plain dict (CPython: Counter.__eq__ gives way to
# dict.__eq__, which compares the items), and with other mappings.
from collections import Counter, OrderedDict, defaultdict

votes = Counter(['red', 'blue', 'red'])
print(votes == {'red': 2, 'blue': 1})
print({'red': 2, 'blue': 1} == votes)
print(votes != {'red': 2, 'blue': 1})
print(votes != {'red': 1})
print(Counter() == {})
# a zero count: equal to the Counter without it, not to the dict without it
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1, b=0) == {'a': 1})
print(Counter(a=2) == OrderedDict(a=2), OrderedDict(a=2) == Counter(a=2))
print(Counter('ab') == defaultdict(int, {'a': 1, 'b': 1}))
print(Counter() == [], Counter() != [], Counter(a=1) == 1)
