# max() with a key function that calls max again.
deepest = 0

def score(n):
    global deepest
    deepest = n
    return max([n + 1], key=score)

try:
    score(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
