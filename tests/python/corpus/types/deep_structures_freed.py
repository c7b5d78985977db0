# Deeply nested objects: a repr that would recurse too deep raises RecursionError,
# and freeing 100,000 levels of lists, tuples, dicts and instances does not
# recurse as deep in C (CPython's trashcan)
import asyncio
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
async def main():
    n = None
    for i in range(200000):
        n = Node(n)
    t = ()
    for i in range(100000):
        t = (t,)
    d = {}
    for i in range(100000):
        d = {"k": d}
    l = []
    for i in range(100000):
        l = [l, i]
    await asyncio.sleep(0)
    del n, t, d, l
    print("freed")
asyncio.run(main())
# at module level (a task's C stack is smaller, most of all under ASan)
a = []
for i in range(100000):
    a = [a]
try:
    print(repr(a)[:10])
except RecursionError as e:
    print("RecursionError", e)
dd = {}
for i in range(100000):
    dd = {"k": dd}
print(len(dd), "k" in dd)
