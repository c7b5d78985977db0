# Catching two exceptions without parentheses around them
def risky(x):
    return 10 / int(x)

for v in ["5", "0", "x"]:
    try:
        print(risky(v))
    except ZeroDivisionError, ValueError:
        print("problem with", v)
