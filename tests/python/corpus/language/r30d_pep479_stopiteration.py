# PEP 479: a StopIteration escaping inside a generator becomes RuntimeError; next() in a generator
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))


def safe_first(iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return


print(list(safe_first(["ab", "cd", "", "ef"])))
print(list(first_items(["ab", "cd"])))


def gen_return():
    yield 1
    return "the value"


g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(list(first_items(["xy", "", "z"])))
