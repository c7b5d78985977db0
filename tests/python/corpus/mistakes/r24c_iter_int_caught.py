for thing in [5, 2.5, None, True]:
    try:
        for x in thing:
            print(x)
    except TypeError as e:
        print("TypeError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    print(list(7))
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 in 123)
except TypeError as e:
    print("TypeError:", e)
