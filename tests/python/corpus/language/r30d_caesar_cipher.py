# A Caesar cipher and a Vigenere cipher, with ord/chr, isupper checks and a round trip
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, sign=1):
    shifts = [ord(k) - ord("a") for k in key.lower()]
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            out.append(caesar(ch, sign * shifts[i % len(shifts)]))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn, Zebra!"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3))
v = vigenere(msg, "lemon")
print(v, "|", vigenere(v, "lemon", -1))
for shift in (1, 13, 25, 26, -27):
    print(shift, caesar("xyz ABC", shift))
print(vigenere("abc", ""))
