# str.format with indices, keywords, attributes and items
print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))
point = {"x": 3, "y": 4}
print("({x}, {y})".format(**point))
class P:
    def __init__(self):
        self.real = 1.5
        self.tags = ["t0", "t1"]
p = P()
print("{0.real} {0.tags[1]} {obj.tags[0]}".format(p, obj=p))
print("{0.real} {0.imag}".format(2.5), "{.bit_length}".format(5)[:25] if False else "")
print("{{literal}} {0} {{{0}}}".format(9))
print("{:>4}{:>4}{:>4}".format(*range(3)))
for tmpl, args, kw in [("{} {}", ("a",), {}), ("{0} {}", ("a", "b"), {}), ("{x}", (), {}),
                       ("{0[2]}", ([1, 2],), {}), ("{0.nope}", (1,), {}), ("{", (), {}), ("}", (), {}),
                       ("{0[a]}", ({"b": 1},), {}), ("{!x}", (1,), {})]:
    try:
        print(repr(tmpl.format(*args, **kw)))
    except Exception as e:
        print(repr(tmpl), type(e).__name__ + ":", e)
print("{0:{1}} end".format("nest", 8))
