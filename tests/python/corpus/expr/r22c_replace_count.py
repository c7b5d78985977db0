# replace with and without count
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", "cat", 0))
print(s.replace("fish", "cat", -1))
print(s.replace("", "-"))
print("abc".replace("", "-", 2), "aaa".replace("a", "", 2), "aaaa".replace("aa", "b"))
print("".replace("", "x"), repr("".replace("a", "b")), "banana".replace("ana", "ANA"))
print(s.replace(" ", ""), s.replace(" ", "\n", 1))
print("tab\tsep".replace("\t", "\\t"), repr("C:\\dir".replace("\\", "/")))
text = "Hello"
text.replace("H", "J")
print(text, "<- strings are immutable")
text = text.replace("H", "J")
print(text)
try:
    s.replace("fish", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    s.replace("fish", "x", "2")
except TypeError as e:
    print("TypeError:", e)
