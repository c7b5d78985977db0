# Counter arithmetic and methods, ChainMap of settings, deque of recent events
from collections import Counter, ChainMap, deque

c = Counter(a=3, b=1)
c.update('abbc')
print(c, c.total(), sorted(c.elements()))
c.subtract({'a': 10})
print(c, +c, -c)
print(Counter('hello world').most_common()[:3], Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
defaults = {'delay': 1.0, 'workers': 3, 'verbose': False}
user = {'delay': 0.1}
cfg = ChainMap(user, defaults)
print(cfg['delay'], cfg['workers'], len(cfg), dict(cfg))
cfg['verbose'] = True
print(user, cfg.maps[1]['verbose'], cfg.new_child({'x': 1}).parents == cfg)
recent = deque(range(10), maxlen=4)
print(recent, recent.maxlen, recent.count(9), recent.index(8))
print(deque([1, 2, 3]) + deque([4]), deque('ab') * 2)
