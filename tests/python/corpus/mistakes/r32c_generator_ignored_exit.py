# A generator that catches GeneratorExit once and keeps yielding.
def ticker():
    n = 0
    warned = False
    while True:
        try:
            yield n
        except GeneratorExit:
            if warned:
                print("giving up")
                return
            print("ignoring close")
            warned = True
        n += 1

t = ticker()
print(next(t), next(t))
t.close()
