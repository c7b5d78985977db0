# A class derived from int, float or str whose __format__ calls the
# base's: int.__format__(self, spec) formats the number (it used to call
# the class's own __format__ again, until RecursionError)
class Cents(int):
    def __format__(self, spec):
        return '$' + int.__format__(self // 100, spec or 'd') + '.' + int.__format__(self % 100, '02d')


class Temp(float):
    def __format__(self, spec):
        return float.__format__(self, spec or '.1f') + ' C'


class Tag(str):
    def __format__(self, spec):
        return '<' + str.__format__(self, spec) + '>'


print(format(Cents(12345)), f'{Cents(7):>4}', '{}'.format(Cents(100)))
print(format(Temp(21.456)), f'{Temp(-3):.3f}', f'{Tag("b"):^5}', format(Tag('i')))
print(int.__format__(Cents(5), '03d'), float.__format__(Temp(1.5), 'e'), str.__format__(Tag('x'), '>3'))
