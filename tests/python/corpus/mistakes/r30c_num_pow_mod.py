# Three-argument pow with bad arguments.
print(pow(3, 4, 5), pow(2, -1, 5))
for args in [(2, 0.5, 5), (2, 3, 0), (4, -1, 8), (2.0, 3, 5)]:
    try:
        print(args, pow(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
print(pow(10, 2, "7"))
