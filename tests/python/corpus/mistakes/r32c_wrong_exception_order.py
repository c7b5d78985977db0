# Catching Exception before ValueError, so the specific handler never runs, then a bug.
def convert(s):
    try:
        return int(s)
    except Exception:
        print("something went wrong with", repr(s))
        raise
    except ValueError:
        print("not a number")

print(convert("5"))
convert("five")
