# a growth model that overflows for big exponents
import math

for t in [1, 100, 1000]:
    try:
        print(t, round(math.exp(t), 2))
    except OverflowError as e:
        print(t, "overflow:", e)
print(2.0 ** 5000)
