# __str__ vs __repr__ in print, containers, f-strings and str.format
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __repr__(self):
        return f'Money({self.amount!r})'
    def __str__(self):
        return f'${self.amount:.2f}'
m = Money(3.5)
print(m, [m], (m,), {'k': m}, str(m), repr(m))
print(f'{m} {m!r} {m!s:>8}', '{} {!r}'.format(m, m), '%s %r' % (m, m))
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return 'only str'
o = OnlyStr()
print(o, repr(o).startswith('<__main__.OnlyStr object at 0x'))
print([o][0] is o, f'{o:}')
print(format(m, '>10'))
