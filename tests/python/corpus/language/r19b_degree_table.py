# Temperature table using named Unicode escapes for the degree sign
DEG = "\N{DEGREE SIGN}"
print(f"{'Celsius':>8} | {'Fahrenheit':>10}")
for c in range(-10, 41, 10):
    print(f"{c:>7}{DEG} | {c * 9 / 5 + 32:>9.1f}{DEG}")
print("\N{GREEK SMALL LETTER MU}m is a micrometre, \N{BLACK STAR} rating")
