# collections.Counter and defaultdict counting and grouping words
from collections import Counter, defaultdict

text = 'the quick brown fox jumps over the lazy dog the fox'
c = Counter(text.split())
print(c.most_common(3))
print(c['the'], c['cat'], sum(c.values()), len(c))
by_len = defaultdict(list)
for w in text.split():
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(n, sorted(set(by_len[n])))
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(4))
print(Counter('aab') + Counter('abc'), Counter('aab') - Counter('abc'))
d = defaultdict(int)
d['x'] += 1
print(dict(d), d.default_factory)
