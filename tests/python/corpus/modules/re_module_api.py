# module functions with flags, purge, the cache, and errors of wrong types
import re
print(re.search('B', 'abc', re.I), re.match('B', 'abc', re.I), re.fullmatch('ABC', 'abc', re.I))
print(re.findall('A', 'aAa', re.I), re.split('A', 'xaxAx', flags=re.I), re.sub('A', '-', 'aA', flags=re.I))
print(re.subn('A', '-', 'aAa', 2, re.I), list(re.finditer('a', 'aa', re.I))[1])
re.purge()
print(re.compile('x') == re.compile('x'), re.purge())
print(sorted(n for n in ['compile', 'search', 'sub', 'error', 'Match', 'Pattern', 'escape'] if hasattr(re, n)))
for f, args in [(re.search, ('a', 5)), (re.search, (5, 'a')), (re.sub, ('a', 5, 'a')), (re.sub, ('a', lambda m: 5, 'a')),
                (re.findall, ('a', None))]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)
print(re.sub('a', lambda m: None if False else 'b', 'aa'))
