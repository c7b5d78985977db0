# 'in' on strings, lists and dicts
s = "hello world"
print("lo w" in s, "" in s, "" in "", "H" in s, "world" in s.split(), "o" in s.split())
print(1 in [1.0], 1.0 in {1: "a"}, "a" in {"a": 1}, 1 in {1: "x"}.values() if False else "x" in {1: "x"}.values())
print([] in [[]], (1,) in [(1,)], "ab" in ["a", "b"], "ab" in "xaby", None in [0, False, ""])
vowels = "aeiou"
print(sum(c in vowels for c in s), [c for c in s if c not in vowels + " "])
print(not "x" in s, "x" not in s, ("x" in s) is False)
for left, right in [(1, "abc"), (None, "abc"), ("a", 5), ("a", None), (["a"], "abc"), ([1], {1: 2})]:
    try:
        print(left in right)
    except TypeError as e:
        print("TypeError:", e)
