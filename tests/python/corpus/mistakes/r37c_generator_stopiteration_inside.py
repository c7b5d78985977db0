# taking the first item of each chunk inside a generator; one chunk is empty
def firsts(chunks):
    for c in chunks:
        yield next(iter(c))

print(list(firsts([[1, 2], [3]])))
print(list(firsts([[1], [], [4]])))
