# vars() on slotted objects fails; replacing an instance __dict__; __dict__ of classes is read-only
class Slotted:
    __slots__ = ("a",)


class Plain:
    pass


p = Plain()
p.__dict__ = {"x": 1, "y": 2}
print(p.x, vars(p))
p.__dict__.update(z=3)
print(p.z, sorted(vars(p)))
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
try:
    Plain.__dict__["q"] = 1
except TypeError as e:
    print("TypeError:", e)
setattr(Plain, "q", 1)
print(Plain.q, p.q, "q" in Plain.__dict__)
try:
    p.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
print(Slotted().__dict__)
