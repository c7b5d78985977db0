print(format(3.5), format(3.5, ""), format("x"), format(None))
print(format(1/3, ".3"), format(10.0, ".3"), format(1e20, ".3"))
print(format(0.1 + 0.2, ".17"), format(0.1 + 0.2, ".17f"))
print(format(1234.5678, ",.2f"), format(1234.5678, "_.1f"))
print(format(-0.0001, ".1f"), format(-0.0001, "z.1f") if False else "")
print(format(12345678.9, ".3e"), format(12345678.9, ".3g"), format(12345678.9, "g"))
print(format(123, "+08.2f"), format(1e-7, "f"), format(1e-7))
print(format(2**64, "x"), format(-(2**64), "o"), format(2**100, ","))
print(format(5, "^+7"), format(5, "<+7"), format(-5, "=7"))
print(format([1, 2], ""), format((1,), ""))
try:
    format([1, 2], ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", str(e)[:40])
print(format(float("nan"), "08.2f"), format(float("inf"), "=+8"))
print(format(1.0, "#g"), format(1.0, "#.3g"), format(100.0, "#.0e"))
