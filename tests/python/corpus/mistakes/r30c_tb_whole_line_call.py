# The failing call is the whole line, then part of a line.
def fail(msg):
    raise RuntimeError(msg)

def run(step):
    if step == 1:
        fail("step one")
    x = [fail("step two")]

try:
    run(1)
except RuntimeError as e:
    print("caught", e)
run(2)
