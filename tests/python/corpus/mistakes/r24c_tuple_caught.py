colors = ("red", "green")
try:
    colors.append("blue")
except AttributeError as e:
    print("AttributeError:", e)
try:
    del colors[0]
except TypeError as e:
    print("TypeError:", e)
try:
    colors[1] = "lime"
except TypeError as e:
    print("TypeError:", e)
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
colors += ("blue",)
print(colors, "H" + s[1:])
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
