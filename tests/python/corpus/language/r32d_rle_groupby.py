# Run-length encoding and decoding with itertools.groupby, re and a round-trip check
from itertools import groupby
import re


def encode(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))


def decode(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


for text in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabbbcccc"]:
    e = encode(text)
    print(repr(e), decode(e) == text)
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print([(k, list(g)) for k, g in groupby([1, 2, 4, 5, 7], key=lambda x: x % 2)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
groups = groupby("aabb")
first = next(groups)
second = next(groups)
print(first[0], list(first[1]), second[0], list(second[1]))
print(decode("3a2"), encode(None))
