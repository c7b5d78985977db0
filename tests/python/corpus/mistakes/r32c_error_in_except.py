# The except block itself has a bug, giving a chained traceback.
def load(text):
    try:
        return int(text)
    except ValueError:
        print("bad value: " + text + " at " + 3)

print(load("12"))
print(load("x"))
