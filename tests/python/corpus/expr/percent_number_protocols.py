# % formatting of Decimals, Fractions and classes with __index__, __int__ or __float__, and its TypeErrors
from decimal import Decimal
from fractions import Fraction
class I:
    def __index__(self): return 255
class F:
    def __float__(self): return 2.5
class Bad:
    def __float__(self): return 'x'
for f, v in [('%x', 'a'), ('%d', 'a'), ('%d', Decimal('7.9')), ('%x', Decimal(9)), ('%.2f', Fraction(1, 3)), ('%i', 3.7),
             ('%c', Decimal(65)), ('%.2f', Decimal('1.5')), ('%x', Fraction(9)), ('%x', I()), ('%c', I()), ('%d', I()),
             ('%e', F()), ('%d', F()), ('%f', I()), ('%f', Bad()), ('%u', 'q'), ('%o', 2.5), ('%.2e', Decimal(10) ** 400),
             ('%5.1f%%', Fraction(7, 2)), ('%X', True), ('%g', 'z')]:
    try:
        print(repr(f % v))
    except Exception as e:
        print(type(e).__name__, e)
