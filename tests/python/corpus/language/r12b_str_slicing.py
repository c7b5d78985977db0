s = "Hello, World!"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-6:-1])
print(s[100:], s[-100:3], s[5:2], repr(s[5:2]), s[::-3])
print(s[1:10:3], s[10:1:-3], s[len(s)::-1][:3])
word = "racecar"
print(word == word[::-1], "abc"[::-1] * 2)
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.find("z"))
print(s.startswith(("Hi", "He")), s.endswith("!"), s.startswith("World", 7))
sl = slice(1, None, 2)
print(s[sl], sl.indices(len(s)), sl)
parts = s.split(", ")
print(parts, "|".join(parts), "-".join("abc"))
print(s.replace("l", "L", 2), s.upper(), s.lower(), s.swapcase(), s.title())
print(len(s), s * 0 == "", "" in s, s[3] in "aeiou")
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
print(s.index("z"))
