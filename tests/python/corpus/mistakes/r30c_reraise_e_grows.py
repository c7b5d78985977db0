# Re-raising a saved exception again and again: its traceback keeps growing.
saved = None

def fail():
    global saved
    if saved is None:
        saved = ValueError("bad config")
    raise saved

def attempt(n):
    try:
        fail()
    except ValueError as e:
        raise e

for n in range(3):
    try:
        attempt(n)
    except ValueError as e:
        depth = 0
        tb = e.__traceback__
        while tb:
            depth += 1
            tb = tb.tb_next
        print("attempt", n, "traceback entries:", depth)
attempt(3)
