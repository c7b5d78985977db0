# __str__, __repr__ and __format__ on a Duration class used in f-strings and lists
class Duration:
    def __init__(self, seconds):
        self.seconds = seconds

    def __repr__(self):
        return f'Duration({self.seconds!r})'

    def __str__(self):
        m, s = divmod(self.seconds, 60)
        return f'{int(m)}m{s:04.1f}s'

    def __format__(self, spec):
        if spec == 'ms':
            return f'{self.seconds * 1000:.0f}ms'
        return format(str(self), spec)

d = Duration(75.25)
print(d, repr(d), [d], f'{d}', f'{d!r}', f'{d:ms}', f'[{d:>10}]', f'{d:*^12}')
print(str([Duration(1)]), '%s and %r' % (d, d), '{0} {0!r} {0:ms}'.format(d))
print(format(d, 'ms'), format(d))
print(f'{d:.2f}')
