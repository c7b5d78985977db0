# abs() and unary minus on strings.
for f in (lambda s: abs(s), lambda s: -s):
    try:
        f("5")
    except TypeError as e:
        print("TypeError:", e)
print(~1.5)
