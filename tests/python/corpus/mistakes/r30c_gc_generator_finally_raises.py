# A generator whose finally block fails when it is closed.
def reader():
    try:
        yield 1
        yield 2
    finally:
        raise RuntimeError("cleanup failed")

r = reader()
print(next(r))
r.close()
print("closed")
