import string
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness..."""
words = [w.strip(string.punctuation).lower() for w in text.split()]
print(len(words), len(set(words)))
print(sorted(set(words), key=lambda w: (-words.count(w), w))[:5])
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:>3}: {line[:30]!r}{'...' if len(line) > 30 else ''}")
print(sum(c.isupper() for c in text), sum(c in string.punctuation for c in text))
print(max(words, key=len), min(words, key=len))
print(string.ascii_letters[:5], string.digits, string.hexdigits, len(string.printable))
print(string.ascii_lowercase.index("q"), string.ascii_uppercase[-3:], repr(string.whitespace))
