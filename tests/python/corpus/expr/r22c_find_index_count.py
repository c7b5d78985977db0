# find, rfind, index, rindex, count
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.rfind("the"), s.find("the", 1), s.find("the", 1, 10), s.find("dog"))
print(s.index("at"), s.rindex("at"), s.count("at"), s.count("the"), s.count("t"), s.count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 2), "aaaa".rfind("aa"), "".count(""), "abc".count("", 1))
print(s.find(""), s.rfind(""), s.find("", 100), "abc".find("c", -1), "abc".find("a", -100))
print("at" in s, "dog" not in s, s.startswith("the"), s.endswith("hat"))
print(s[s.find("cat"):s.find("cat") + 3], s.count("at", 10, 20))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.find(3)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
print(s.index("mat", 0, 5))
