# str.format with positions, names, attributes, indexes and nested fields
class P:
    def __init__(self):
        self.name = "Pat"
        self.tags = ["a", "b"]


p = P()
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Kim", age=30))
print("{0.name} has {0.tags[1]}".format(p))
print("{d[key]} {d[2]}".format(d={"key": "v", 2: "two"}))
print("{:^{width}}|".format("mid", width=9))
print("{!r:>8}|{!s:<6}|".format("hi", 3.0))
print("{{literal}} {}".format("ok"))
coords = {"lat": 51.5, "lon": -0.12}
print("{lat:.2f}N {lon:.2f}E".format(**coords))
print("{0}{1}{0}".format("ab", "cd"), "{:,}".format(10 ** 9))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
"{name}".format(nam="x")
