# Generator objects: laziness, exhaustion, state inspection, and generators in any/all/sum
import inspect


def numbers(limit):
    print("  start")
    for i in range(limit):
        print("  yield", i)
        yield i
    print("  end")


g = numbers(3)
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(list(g), inspect.getgeneratorstate(g))
print(any(x > 0 for x in numbers(5)))
squares = (n * n for n in range(5))
print(4 in squares, list(squares))
print(sum(n for n in range(101)), max((len(w), w) for w in "a bbb cc".split()))
gen = (1 / n for n in [2, 1, 0])
print(next(gen), next(gen))
print(type(gen).__name__, gen.__name__, gen.__qualname__)
next(gen)
