# A generator left suspended inside try/finally: the finally runs at exit.
def reader(rows):
    print("open")
    try:
        for r in rows:
            yield r
    finally:
        print("close")

g = reader([1, 2, 3])
print(next(g))
print("program end")
