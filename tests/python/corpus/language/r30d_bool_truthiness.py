# Truthiness: which values are falsy, __bool__ and __len__ on classes, and/or return values
values = [0, 0.0, "", [], {}, set(), None, (), range(0), "0", [0], -1, 0j == 0, float("nan")]
print([bool(v) for v in values])
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, [] or {}, "a" and "b" or "c")


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Flag:
    def __bool__(self):
        return False


class Weird:
    def __bool__(self):
        return 1


print(bool(Box([])), bool(Box([1])), bool(Flag()), not Flag(), bool(object()))
print(None is None, [] == False, not [], True + True, True * 10, sum([True, False, True]))
print(isinstance(True, int), True == 1, hash(True) == hash(1), {1: "a", True: "b"})
if Weird():
    print("unreachable")
