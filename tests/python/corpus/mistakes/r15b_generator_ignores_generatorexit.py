# Mistake: a generator that catches everything and keeps yielding when it is closed.
stop = False

def ticker():
    n = 0
    while not stop:
        try:
            yield n
            n += 1
        except BaseException:
            print("ignoring", n)

t = ticker()
print(next(t), next(t), next(t))
try:
    t.close()
except RuntimeError as e:
    print("close failed:", e)
stop = True
print(next(t, "finished"))
t.close()
raise RuntimeError("the ticker had to be stopped by hand")
