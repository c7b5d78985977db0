# A batch of classic exercise solutions: fizzbuzz, roman numerals, caesar, RLE, anagrams, spiral
def fizzbuzz(n):
    return "".join(w for d, w in ((3, "Fizz"), (5, "Buzz")) if n % d == 0) or str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 16)))

def to_roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        q, n = divmod(n, v); out += s * q
    return out
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    return sum(-m[a] if m[a] < m[b] else m[a] for a, b in zip(s, s[1:] + "I"))
print([to_roman(n) for n in (4, 9, 14, 40, 1994, 2024, 3999)], [from_roman(to_roman(n)) for n in (1994, 3888)])

def caesar(text, k):
    def shift(c):
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            return chr((ord(c) - base + k) % 26 + base)
        return c
    return "".join(map(shift, text))
msg = caesar("Hello, World! xyz", 3)
print(msg, "|", caesar(msg, -3), "|", caesar("abc", 29))

def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
import re
print(rle("aaabccddddde"), "".join(c * int(n) for n, c in re.findall(r"(\d+)(\D)", rle("aaabccddddde"))))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
def spiral(m):
    out = []
    while m:
        out += m.pop(0); m = [list(r) for r in zip(*m)][::-1]
    return out
print(spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
def binary_search(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x: return mid
        lo, hi = (mid + 1, hi) if a[mid] < x else (lo, mid - 1)
    return -1
print([binary_search(list(range(0, 100, 3)), x) for x in (0, 33, 34, 99, -1)])
print(all(s == s[::-1] for s in ["level", "noon"]), [w for w in ["Racecar", "Python", "A man a plan a canal Panama"] if (t := w.replace(" ", "").lower()) == t[::-1]])
print({v: sum(1 for c in "Programming in Python" if c.lower() == v) for v in "aeiou"}, to_roman(0) == "", from_roman("MMXXIV"))
print(from_roman("ABC"))
