# Caesar and Vigenère ciphers with str.maketrans, translate, ord/chr arithmetic and itertools.cycle
import string
from itertools import cycle


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    shifts = cycle(ord(k) - ord("a") for k in key.lower())
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            s = next(shifts) * (-1 if decrypt else 1)
            out.append(chr((ord(ch) - base + s) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! Meet @ 06:00."
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3 % 26))
v = vigenere(msg, "lemon")
print(v, "|", vigenere(v, "lemon", decrypt=True))
print({c: caesar(c, 13) for c in "abcXYZ"}, caesar("Hello", 26) == "Hello")
print(str.maketrans({"a": "4", "e": None}), "leetspeak".translate({ord("e"): "3", ord("a"): "4"}))
caesar("abc", 30)
