# Cleaning up in generators: finally blocks on early break, exceptions thrown in, and a with-statement inside
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"  acquire {self.name}")
        return self

    def __exit__(self, et, e, tb):
        print(f"  release {self.name} ({et.__name__ if et else 'ok'})")


def rows(name, n):
    with Resource(name):
        try:
            for i in range(n):
                yield f"{name}-{i}"
        finally:
            print(f"  finally {name}")


for r in rows("db", 5):
    print(r)
    if r.endswith("1"):
        break
print("after break")
g = rows("net", 3)
print(next(g))
try:
    g.throw(ConnectionError("lost"))
except ConnectionError as e:
    print("propagated", e)
print(list(rows("file", 2)))
g2 = rows("tmp", 2)
next(g2)
del g2
print("end")
