# str.split() and rsplit() on Unicode whitespace (no-break space, em space, U+3000...) and text with à, Ņ (whose UTF-8 ends in bytes 0xA0, 0x85); maxsplit keeps the rest's whitespace; splitlines' boundaries
texts = ["voilà tout", "città bella  ", "  Ņemt\u0085x", "a b\u00a0c\u2003d", "ab\u3000cd\u2028ef", "naïve café à la carte", "\u00a0lead", "τὰ πάντα ῥεῖ"]
for t in texts:
    print(t.split(), t.split(None, 1), t.rsplit(None, 1), t.rsplit(maxsplit=0), t.split(maxsplit=0))
lines = "one\ntwo\r\nthree\rfour\vfive\x0csix\x1cseven\x85eight\u2028nine\u2029ten\u00a0à"
print(lines.splitlines())
print(lines.splitlines(keepends=True))
print("x\n".splitlines(), "".splitlines(), "\n\n".splitlines(True), "à\r".splitlines(True), "città\n".split("\n"))
words = "Où est la bibliothèque ? Là-bas, à gauche.".split()
print(words, len(words), [w for w in words if w.isalpha()])
