# A generator abandoned halfway runs its finally when it is freed.
def lines():
    try:
        for i in range(5):
            yield f"line {i}"
    finally:
        print("closing the file")

g = lines()
print(next(g))
print(next(g))
g = None
print("moved on")
