table = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(table))
print(str.maketrans("ab", "AB"))
vowels = str.maketrans("", "", "aeiou")
print("programming is fun".translate(vowels))
leet = str.maketrans({"a": "4", "e": "3", "o": "0", "s": None, "t": "+7"})
print("test of leetspeak".translate(leet))
rot13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
secret = "Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
import string
strip_punct = str.maketrans("", "", string.punctuation)
print("Hi!!! What's up, doc?".translate(strip_punct))
print("abc".translate({97: 65, 98: "BB", 99: None}))
for bad in [("ab", "x"), (1,), ({"ab": 1},)]:
    try:
        str.maketrans(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
