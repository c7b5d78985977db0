# A walrus on a tuple.
a, b = 1, 2
if (a, b := 3, 4):
    print(a, b)
(a, b) := (5, 6)
