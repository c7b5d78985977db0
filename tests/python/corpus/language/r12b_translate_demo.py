table = str.maketrans("aeiou", "AEIOU")
print("education is important".translate(table))
strip_punct = str.maketrans("", "", "!?.,;")
print("Hello, world! How are you?".translate(strip_punct))
rot13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Why did the chicken cross the road?"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13) == msg)
t = str.maketrans({"a": "4", "e": "3", "l": None, "o": "0" * 2})
print("hello leet coder".translate(t))
print(str.maketrans("ab", "xy"), str.maketrans({"a": None}))
print("abc".translate({97: 120, 98: "YY", 99: None}))
print("xyz".translate({}), "abc".translate({ord("a"): ord("b")}))
class Upper(dict):
    def __missing__(self, k):
        return chr(k).upper()
print("mixed Case".translate(Upper()))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
print("abc".translate({97: 1.5}))
