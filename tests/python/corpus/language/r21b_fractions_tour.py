# fractions: exact arithmetic a learner tries after the float chapter
from fractions import Fraction
print(Fraction(1, 3) + Fraction(1, 6))
print(Fraction('0.1') * 3, Fraction(0.1), Fraction(0.5), Fraction('3/4'), Fraction(6, -4))
f = Fraction(22, 7)
print(f.numerator, f.denominator, float(f), round(f), round(f, 2), int(f))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(3, 1), repr(Fraction(3, 9)))
print(Fraction(0.1).limit_denominator(100), Fraction(1, 3) ** 2, Fraction(2) ** -1, 1 - Fraction(1, 4))
print(sum(Fraction(1, n) for n in range(1, 6)), Fraction(1, 3) < 0.34, abs(Fraction(-1, 2)))
print(f'{Fraction(1, 3)}', str(Fraction(5, 10)), Fraction(7, 2) // 1, Fraction(7, 2) % 1)
print(Fraction(1, 0))
