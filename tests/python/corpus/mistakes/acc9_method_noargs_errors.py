# Methods that take no arguments, given some.
items = [3, 1, 2]
counts = {"a": 1}
for call in (lambda: items.copy(items), lambda: counts.keys("a"), lambda: "x".isdigit(1),
             lambda: (5).bit_length(2), lambda: (2.5).is_integer(True), lambda: "Ab".lower(None)):
    try:
        call()
    except TypeError as e:
        print(e)
items.reverse(True)
