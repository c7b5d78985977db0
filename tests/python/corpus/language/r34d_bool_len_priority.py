# Truthiness rules: __bool__ wins over __len__, __len__ must return an int >= 0, bool must be bool
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print("  __len__ called")
        return len(self.items)

class Flagged(Box):
    def __bool__(self):
        print("  __bool__ called")
        return True

print(bool(Box([])), bool(Box([1])))
print(bool(Flagged([])))
print("yes" if Box([]) else "no", not Flagged([]))
print(Box([0]) and "and-value", Box([]) or "or-value")

class BadLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
class BigLen:
    def __len__(self):
        return 2 ** 70
for cls in (BadLen, BadBool, BigLen):
    try:
        print(bool(cls()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class Nothing:
    pass
print(bool(Nothing()), bool(Nothing))
