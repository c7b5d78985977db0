# sorting strings: case, numbers as text, keys
words = ["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "100", "_x", "Zed", "éclair"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
nums_as_text = ["10", "9", "100", "2", "33"]
print(sorted(nums_as_text), sorted(nums_as_text, key=int), max(nums_as_text), max(nums_as_text, key=int))
print(min("hello", "help", "helm"), max("a", "B", "c"), "".join(sorted("hello world")))
print(sorted("Mississippi"), sorted(set("Mississippi")), sorted("cba", reverse=True))
versions = ["1.10.0", "1.2.0", "1.9.3", "1.2.10"]
print(sorted(versions), sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))
print(sorted(["b", 1, "a"]))
