# Names misspelt in a few ways, each caught, then one not caught.
import math
temperature = 21
def celsius_to_f(c):
    return c * 9 / 5 + 32
class Reading:
    pass
cases = [
    "temprature",
    "Temperature",
    "celsius_to_F(3)",
    "celcius_to_f(3)",
    "reading()",
    "Math.pi",
    "lenn([1])",
    "Print('x')",
    "none",
    "false",
    "xrange(3)",
    "raw_input",
    "unicode('x')",
    "zzzz",
]
for c in cases:
    try:
        eval(c)
    except NameError as e:
        print(c, "->", e, "| name:", e.name)
for i in range(3):
    squares = [j * j for j in range(i)]
print(squraes)
