# Natural sort of file names, case-insensitive sorting, multi-key with reverse and stable sorts.
import re

files = ["file10.txt", "File2.txt", "file1.txt", "file2.TXT", "file1b.txt", "img12.png", "img9.png", "Img10.png"]
def natural(s):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]
print(sorted(files))
print(sorted(files, key=str.lower))
print(sorted(files, key=natural))
print(sorted(files, key=lambda s: (s.rsplit(".", 1)[1].lower(), natural(s))))
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35)]
by_age_desc_name = sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[1], reverse=True)
print(by_age_desc_name)
print(sorted(people, key=lambda p: (-p[1], p[0])) == by_age_desc_name)
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(sorted("Banana apple Cherry".split(), key=len, reverse=True))
nums = [3, -1, -4, 1, 5, -9]
nums.sort(key=abs)
print(nums, sorted(nums, key=lambda n: (n < 0, n)))
print(sorted([3, 1, 2], reverse=True), list(reversed(sorted("bca"))))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
try:
    sorted([1, "2", 3])
except TypeError as e:
    print(e)
sorted(files, key=natural, cmp=None)
