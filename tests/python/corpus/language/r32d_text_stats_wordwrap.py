# Text statistics: sentences, average word length, longest words, and a justified paragraph
import re
import textwrap
from collections import Counter

text = ("Python is an easy to learn, powerful programming language. It has efficient high-level data "
        "structures and a simple but effective approach to object-oriented programming! Python's elegant "
        "syntax and dynamic typing make it ideal for scripting? Yes.")
sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
words = re.findall(r"[A-Za-z']+", text)
print(len(sentences), len(words), round(sum(map(len, words)) / len(words), 3))
print(sorted(set(words), key=lambda w: (-len(w), w))[:4])
print(Counter(w.lower() for w in words).most_common(3))


def justify(line, width):
    parts = line.split()
    if len(parts) == 1:
        return line
    gaps, extra = divmod(width - sum(map(len, parts)), len(parts) - 1)
    return "".join(p + " " * (gaps + (i < extra)) for i, p in enumerate(parts[:-1])) + parts[-1]


lines = textwrap.wrap(text, 36)
for ln in lines[:-1]:
    print("|" + justify(ln, 36) + "|")
print("|" + lines[-1].ljust(36) + "|")
print(max(sentences, key=len)[:20], text.count("Python"), text.title()[:30])
