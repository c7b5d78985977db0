from fractions import Fraction

for s in ["1/2", "1 / 2", "abc", "1.5/2", "2/0"]:
    try:
        print(Fraction(s))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
print(Fraction(1, 2) + "1")
