# a generator that tries to give one last value while being closed
def stream():
    try:
        yield 1
        yield 2
    finally:
        yield "bye"

s = stream()
print(next(s))
s.close()
print("closed")
