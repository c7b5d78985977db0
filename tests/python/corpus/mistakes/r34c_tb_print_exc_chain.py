# Printing a chained traceback by hand and carrying on
import traceback

def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError(f"expected a number, got {text!r}") from e

for t in ("4", "four"):
    try:
        print(convert(t))
    except TypeError:
        traceback.print_exc()
print("still running")
