# Caesar cipher with ord/chr and str.translate
def shift_char(ch, k):
    if ch.isascii() and ch.isalpha():
        base = ord("A") if ch.isupper() else ord("a")
        return chr((ord(ch) - base + k) % 26 + base)
    return ch
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
msg = "Hello, World! Zebra-42 ÿ"
for k in [0, 1, 3, 13, 25, 26, -1, -27, 1000]:
    enc = caesar(msg, k)
    print(f"{k:>5}: {enc!r:30} back={caesar(enc, -k) == msg}")
import string
lower = string.ascii_lowercase
table = str.maketrans(lower + lower.upper(), lower[3:] + lower[:3] + (lower[3:] + lower[:3]).upper())
print(msg.translate(table))
freq = {}
for c in caesar("the quick brown fox jumps over the lazy dog", 7).replace(" ", ""):
    freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(chr(ord("a") + 26), ord("A") - ord("a"), chr(-1))
