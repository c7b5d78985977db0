# collections' Counter, defaultdict, OrderedDict and namedtuple are dict and tuple types to isinstance/issubclass.
from collections import Counter, defaultdict, OrderedDict, namedtuple
P = namedtuple('P', 'x y')
for obj in [Counter(), defaultdict(int), OrderedDict(), P(1, 2), {}, (), []]:
    print(type(obj).__name__, isinstance(obj, dict), isinstance(obj, tuple), isinstance(obj, (list, dict)), isinstance(obj, (int, tuple)))
print(issubclass(Counter, dict), issubclass(P, tuple), issubclass(P, (dict, tuple)), issubclass(Counter, tuple), issubclass(int, dict))
class Sub(P): pass
print(isinstance(Sub(1, 2), tuple), issubclass(Sub, tuple))
