# namedtuple methods and Counter's most_common.
from collections import namedtuple, Counter

Result = namedtuple("Result", ["n", "value"])
r = Result(5, 120)
print(r, r.n, r[1], r._replace(value=0), r._asdict(), Result._fields)
n, value = r
print(n + value, Result._make([3, 6]), tuple(r) == (5, 120))
digits = Counter(str(2 ** 100))
print(digits.most_common(3), digits["7"], digits["x"], sum(digits.values()))
c = Counter("hello") + Counter("world")
print(sorted(c.items()), c.total())
