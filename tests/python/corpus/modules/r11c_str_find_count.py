s = "the cat sat on the mat with the hat"
print(s.find("the"), s.rfind("the"), s.find("the", 1), s.find("dog"), s.index("mat"))
print(s.count("the"), s.count("at"), s.count(""), "aaaa".count("aa"))
print(s.replace("the", "a"), s.replace("the", "a", 2), s.replace("", "-", 3))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
positions = []
i = s.find("at")
while i != -1:
    positions.append(i)
    i = s.find("at", i + 1)
print(positions)
print(" ".join(w[::-1] for w in s.split()))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("abc" * 0, "ab" * 3, "x" in "xyz", "" in "abc")
print("Mississippi".lower().count("ss"), "banana".find("na", -3))
