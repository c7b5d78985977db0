# A generator that catches GeneratorExit once and keeps yielding.
def stubborn():
    warned = False
    while True:
        try:
            yield "value"
        except GeneratorExit:
            if warned:
                raise
            warned = True
            print("not stopping!")

g = stubborn()
print(next(g))
g.close()
print("closed")
