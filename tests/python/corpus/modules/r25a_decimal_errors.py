from decimal import Decimal, InvalidOperation

amounts = ["12.50", "abc", "1,000", " 7 ", "1e3"]
for a in amounts:
    try:
        print(repr(Decimal(a)))
    except InvalidOperation as e:
        print("bad amount", repr(a), type(e).__name__, e)
try:
    print(Decimal("1.1") + 2.2)
except TypeError as e:
    print("TypeError:", e)
print(Decimal(5) / Decimal(0))
