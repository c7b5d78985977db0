# Recursion through map() and list(): depth reached and the message.
deepest = 0

def tree_size(n):
    global deepest
    deepest = n
    return 1 + sum(list(map(tree_size, [n + 1])))

try:
    tree_size(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
