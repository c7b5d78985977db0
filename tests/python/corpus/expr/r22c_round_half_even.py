# round(): banker's rounding and ndigits surprises
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, "->", round(x), type(round(x)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(15, -1), round(25, -1))
print(round(3.14159, 0), round(3.14159, 3), round(3.14159, None))
print(round(1e20, 2), round(123.456, 10))
print(round(5), type(round(5, 2)).__name__, round(7.0, 1))
print(round(float('inf'), 2), round(float('nan'), 1))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    round("2.5")
except TypeError as e:
    print("TypeError:", e)
round(2.5, 1.0)
