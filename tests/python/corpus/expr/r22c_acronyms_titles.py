# acronyms, initials and title-casing names
names = ["ada lovelace", "GRACE HOPPER", "alan  mathison turing", "jean-luc picard", "o'brien", "mary-kate o'neil"]
for n in names:
    parts = n.split()
    initials = ".".join(p[0].upper() for p in parts) + "."
    print(f"{n!r:26} title={n.title()!r:26} caps={' '.join(p.capitalize() for p in parts)!r} {initials}")
phrases = ["portable network graphics", "as soon as possible", "Python Enhancement Proposal", "  extra   spaces here "]
for p in phrases:
    print("".join(w[0] for w in p.split()).upper(), "|", "".join(w[0].upper() for w in p.split(" ") if w))
import string
print(string.capwords("o'brien and mcdonald"), string.capwords("a-b c_d", "-"))
s = "hello"
print(s.capitalize(), s[0].upper() + s[1:], s.title() == s.capitalize(), "".capitalize() == "")
print("".join(w[0] for w in "a  b".split(" ")))
