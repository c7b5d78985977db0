# A key function that changes the list being sorted.
names = ["delta", "alpha", "charlie", "bravo"]

def key(s):
    if s == "charlie":
        names.append("echo")
    return s

try:
    names.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(names)
words = ["b", "a"]
words.sort(key=lambda w: words.clear() or w)
