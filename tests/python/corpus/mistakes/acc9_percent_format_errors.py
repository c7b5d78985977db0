# Old-style % formatting mistakes.
for fmt, args in [("%d items", "3"), ("%s and %s", ("a",)), ("%s", ("a", "b"))]:
    try:
        print(fmt % args)
    except TypeError as e:
        print("TypeError:", e)
print("%d%" % 50)
