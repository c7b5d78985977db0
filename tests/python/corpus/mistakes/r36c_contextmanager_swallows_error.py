# a context manager that catches errors to log them but forgets to re-raise
from contextlib import contextmanager

@contextmanager
def logged(step):
    try:
        yield
    except Exception as e:
        print(f"{step} failed: {e}")

def parse(text):
    with logged("parse"):
        return int(text)

print(parse("12"))
value = parse("twelve")
print(value + 1)
