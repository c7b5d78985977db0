# "%s" % obj uses str's own % before a class's __rmod__; UserString wraps a str
from collections import UserString

class R:
    def __rmod__(self, other):
        return 'rmod'
    def __str__(self):
        return 'R!'

class Shout(UserString):
    def __str__(self):
        return self.data.upper() + '!'

print('%s' % R(), 5 % R() if False else R().__rmod__(5))
s = Shout('hey you')
print(s, repr(s), s.upper(), type(s.upper()).__name__, s[0:3], type(s[1]).__name__, len(s), 'you' in s)
print(s + '?', '>' + s, s * 2, s.split(), s.replace('you', 'me'), s == 'hey you', s < 'z', sorted([Shout('b'), Shout('a')]))
print(s.count('e'), s.find(UserString('you')), s.center(11, '*'), '%s' % s, s.join(['a', 'b']), hash(s) == hash('hey you'))
print(isinstance(s, UserString), UserString(5), UserString(UserString('x')), s.encode(), list(UserString('ab')))
try:
    print('x' % R())
except TypeError as e:
    print(e)
