# At the recursion limit, CPython 3.11's specialised compares (floats, str ==
# str, machine ints) are no level of recursion, the others are ("in comparison")
def f(n):
    if 1.0 < 2.0 and "a" == "a":
        pass
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(e)
def g(n):
    if [1] < [2]:
        pass
    return g(n + 1)
try:
    g(0)
except RecursionError as e:
    print(e)
