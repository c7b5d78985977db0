x = 10
g = (x * i for i in range(3))
x = 100
print(list(g))
items = [1, 2, 3]
g2 = (i for i in items)
items = [4, 5]
print(list(g2))
def mk():
    n = 2
    return (n * i for i in range(3))
print(list(mk()))
class K:
    v = 3
    gen = list(i for i in range(v))
    try:
        gen2 = list(v for i in range(2))
    except NameError as e:
        err = str(e)
print(K.gen, K.err)
matrix = [[1, 2], [3, 4]]
print([x for row in matrix for x in row], [[r[i] for r in matrix] for i in range(2)])
print(sum(x for x in range(5) if x % 2), max((len(w), w) for w in "a bb ccc".split()))
gen = (1 for _ in [])
print(next(gen, "none"), list(gen))
print(list(i for i in undefined_name))
