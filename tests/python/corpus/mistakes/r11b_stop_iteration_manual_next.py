# Walking an iterator by hand and calling next() once too often.
colours = ["red", "green", "blue"]
it = iter(colours)
while True:
    c = next(it, None)
    if c is None:
        break
    print(c)

def pairs(seq):
    it = iter(seq)
    while True:
        a = next(it)
        b = next(it)
        yield a, b

print(list(pairs([1, 2, 3, 4])))
print(list(pairs([1, 2, 3])))
