# A return in finally that silently swallows the exception
def risky():
    try:
        return 1 / 0
    finally:
        return "finally wins"

print(risky())

def cleanup():
    try:
        raise KeyError("first")
    finally:
        raise RuntimeError("second")

cleanup()
