# a reader generator that keeps going even when it is closed
def reader(lines):
    for ln in lines:
        try:
            yield ln.strip()
        except GeneratorExit:
            print("asked to stop, but one more")
            yield "extra"

r = reader([" a ", " b ", " c "])
print(next(r))
r.close()
