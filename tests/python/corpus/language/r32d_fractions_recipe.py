# Scaling a recipe with fractions.Fraction: arithmetic, limit_denominator, mixed numbers
from fractions import Fraction

recipe = {"flour": Fraction(3, 4), "sugar": Fraction("1/3"), "butter": Fraction(1, 2)}


def mixed(f):
    whole, rest = divmod(f.numerator, f.denominator)
    if whole and rest:
        return f"{whole} {rest}/{f.denominator}"
    return str(whole) if whole else str(f)


for scale in (Fraction(3, 2), 4):
    print(scale, {k: mixed(v * scale) for k, v in recipe.items()})
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("3.1416"))
print(Fraction(6, -4), repr(Fraction(1, 3)), float(Fraction(1, 3)), round(Fraction(7, 2)))
print(Fraction(1, 3) + 0.5, Fraction(2, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2))
print(sum(Fraction(1, n) for n in range(1, 6)), Fraction(5, 3) // 1, Fraction(5, 3) % 1)
print(Fraction(3, 4) == 0.75, Fraction(1, 3) < 0.34, hash(Fraction(1, 2)) == hash(0.5))
Fraction(1, 0)
