# Cleaning text with str.maketrans (dict, two strings, deletions) and translate, plus a ROT13 table.
import string

table = str.maketrans("aeiou", "AEIOU", ",.!")
print("hello, world. nice!".translate(table))
print(str.maketrans({"a": "1", "b": None, "c": "xyz"}))
print("abcabc".translate(str.maketrans({"a": "1", "b": None, "c": "xyz"})))
lower, upper = string.ascii_lowercase, string.ascii_uppercase
rot13 = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
secret = "Why did the chicken cross the road?".translate(rot13)
print(secret, "|", secret.translate(rot13))
print("tab\tsep".translate({9: " -> "}), "abc".translate({ord("a"): 98}), "x".translate({}))
print("ÀÉÎ".translate(str.maketrans("ÀÉÎ", "AEI")), bytes.maketrans(b"ab", b"AB"))
print(b"abcab".translate(bytes.maketrans(b"ab", b"AB"), b"c"))
class Squash(dict):
    def __missing__(self, key):
        return "_" if chr(key).isspace() else None if not chr(key).isalnum() else key
print("a b\tc!d?".translate(Squash()))
for bad in [("ab", "a"), (1,)]:
    try:
        str.maketrans(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
"abc".translate({ord("a"): 3.5})
