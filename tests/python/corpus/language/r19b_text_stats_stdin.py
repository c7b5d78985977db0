# Text statistics tool reading stdin
import sys
from collections import Counter
import string

text = sys.stdin.read()
lines = text.splitlines()
words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
print(f"lines={len(lines)} words={len(words)} chars={len(text)}")
print("blank lines:", sum(1 for l in lines if not l.strip()))
longest = max(words, key=len)
print("longest word:", longest, len(longest))
c = Counter(words)
for w, n in c.most_common(5):
    print(f"  {w:<10} {n:>3} {'*' * n}")
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print("top letters:", letters.most_common(3))
print("avg word len: %.3f" % (sum(map(len, words)) / len(words)))
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print("sentences:", len(sentences))
print("title:", lines[0].title())
print("capitalised:", lines[1].capitalize())
print("swapcase:", lines[0].swapcase())
print("centered: [" + "hi".center(9, "*") + "]")
print(repr(lines[-1].expandtabs(4)))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
