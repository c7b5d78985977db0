# Parsing user-typed numbers: int/float/Decimal/Fraction from messy strings, with the errors each raises.
from decimal import Decimal, InvalidOperation
from fractions import Fraction

inputs = ["42", " -7 ", "3.14", "1e3", "1_000", "0x1A", "½", "inf", "nan", "", "1,5", "+0", "٣", "1/3", "  12abc"]
def try_all(s):
    out = []
    for conv in (int, float, Decimal, Fraction):
        try:
            out.append(str(conv(s)))
        except (ValueError, InvalidOperation, ZeroDivisionError) as e:
            out.append(type(e).__name__)
    return out
for s in inputs:
    print(f"{s!r:10}", *(f"{v:>18}" for v in try_all(s)))
print(int("0x1A", 16), int("1A", 16), int("0o17", 0), int("-0b11", 0), float("1_0.5"), float(" 1e-2\n"))
try:
    int("3.0")
except ValueError as e:
    print(e)
try:
    float("1.2.3")
except ValueError as e:
    print(e)
int(None)
