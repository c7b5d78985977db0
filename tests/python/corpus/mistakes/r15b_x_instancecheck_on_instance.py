# Mistake: an object with __instancecheck__ passed to isinstance as if it were a type; it works, until its check fails.
class Positive:
    def __instancecheck__(self, value):
        return value > 0

is_pos = Positive()
for v in [3, -1]:
    print(v, isinstance(v, is_pos))
print(isinstance(2, (str, is_pos)))
print(isinstance("x", is_pos))
