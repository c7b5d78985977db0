# A Caesar cipher with chr/ord, then breaking it by trying every shift.
def shift(text, k):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - ord('A') + k) % 26 + ord('A')))
        elif ch.islower():
            out.append(chr((ord(ch) - ord('a') + k) % 26 + ord('a')))
        else:
            out.append(ch)
    return ''.join(out)

msg = "Attack at Dawn, Zebra!"
enc = shift(msg, 3)
print(enc)
print(shift(enc, -3))
for k in range(1, 26):
    guess = shift(enc, -k)
    if "Dawn" in guess:
        print("found key", k, "->", guess)

table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("rot13:", "hello world".translate(table))
