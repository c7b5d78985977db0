print("{} + {} = {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Zoe", age=7), "{0[1]} {0[0]}".format(["x", "y"]))
class P:
    x = 3
    y = [10, 20]
print("{p.x} {p.y[1]}".format(p=P()), "{d[key]}".format(d={"key": "val"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(-3.14159))
print("{0:{1}}|{0:{fill}{align}{w}}|".format("ab", 5, fill="-", align=">", w=6))
print("{!r:>10}".format("hi"), "{:{}}".format(3.14159, ".2f"))
print("{{}} {}".format("braces"), "{:,}".format(10 ** 9), "{:%}".format(0.125))
print("{:d}".format(True), "{:.3}".format("truncate"), "{:x<4d}".format(7))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data), "{a}-{b}".format_map(data))
for tpl, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{0:d}", ("s",)), ("{", ())]:
    try:
        print(tpl.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("{0.missing}".format(P()))
