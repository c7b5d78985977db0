# A return inside finally silently swallows the exception.
def risky():
    try:
        return 1 / 0
    finally:
        return "finally wins"

print(risky())

def loop():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke out"

print(loop())
raise SystemExit("done: " + risky())
