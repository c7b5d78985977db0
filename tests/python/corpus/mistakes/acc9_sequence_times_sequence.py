# Multiplying a str by a str and a list by a list.
for a, b in (("ab", "2"), ([1], [2])):
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError:", e)
print("-" * None)
