# lambda: anonymous functions, as keys and in maps.
square = lambda x: x * x
print(square(7))
print((lambda a, b=2: a ** b)(3))
print((lambda *a, **k: (a, k))(1, 2, z=3))

words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))

pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
pairs.sort(key=lambda p: p[1])
print(pairs)
print(max(pairs, key=lambda p: p[0]))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(12) + '!')
print(square.__name__)
