from fractions import Fraction

bill = Fraction(100)
people = 3
share = bill / people
print(share, float(share), round(share, 2), round(share))
print(share * 3 == bill)
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) - 1, Fraction(2, 3) * Fraction(9, 4))
print(Fraction("0.25"), Fraction("3/7"), Fraction(0.5), Fraction(0.1))
print(Fraction(0.1).limit_denominator(100), Fraction(3.14159).limit_denominator(1000))
print(repr(Fraction(6, 8)), Fraction(6, 8).numerator, Fraction(6, 8).denominator)
print(Fraction(-3, -9), Fraction(3, -9), Fraction(7, 2) // 1, Fraction(7, 2) % 1)
print(Fraction(1, 2) ** 2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(2))
print(sum(Fraction(1, n) for n in range(1, 6)))
print(Fraction(1, 3) < 0.34, max(Fraction(1, 3), Fraction(2, 7)))
print(f"{Fraction(1, 3):.4f}" if hasattr(Fraction, "__format__") else "no format")
print(Fraction(5, 10).as_integer_ratio(), Fraction(3).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
print(Fraction(1, 0))
