# __contains__ returning non-bools, __eq__ returning non-bools, and what "in" and "==" give back
class Weird:
    def __contains__(self, item):
        return item * 2

    def __eq__(self, other):
        return "yes"

    def __ne__(self, other):
        return 0


class Vec:
    def __init__(self, xs):
        self.xs = xs

    def __eq__(self, other):
        return [a == b for a, b in zip(self.xs, other.xs)]


w = Weird()
print(3 in w, 0 in w, 3 not in w, w == 1, w != 1, [w] == [w], w in [1])
v1, v2 = Vec([1, 2]), Vec([1, 3])
print(v1 == v2, v1 != v2)
print(bool([1] == [1]), (1, 2) == Vec([1]))
try:
    if v1 == v2:
        print("truthy list")
    print([v1] == [v2])
except TypeError as e:
    print(e)
print(sorted([v1, v2]))
