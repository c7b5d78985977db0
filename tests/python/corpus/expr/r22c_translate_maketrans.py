# str.translate and str.maketrans
table = str.maketrans("abc", "xyz")
print(sorted(table.items()))
print("aabbcc abc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")))
print("hello world".translate(str.maketrans({"h": "J", "o": None, " ": "_"})))
print("hello".translate({ord("l"): "LL", ord("e"): 51}))
vowels = str.maketrans("aeiou", "AEIOU", "!?")
print("what is this?!".translate(vowels))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("secret message".translate(rot13), "secret message".translate(rot13).translate(rot13))
print("abc".translate({}), "abc".translate({97: None, 98: None, 99: None}) == "")
for args in [("ab", "x"), ({"ab": "x"},), ({1.5: "x"},), ("a",)]:
    try:
        print(str.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("abc".translate({ord("a"): 3.5}))
except TypeError as e:
    print("TypeError:", e)
