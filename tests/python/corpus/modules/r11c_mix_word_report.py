import re
import string
from collections import Counter
from itertools import groupby
import textwrap

TEXT = """Asyncio is a library to write concurrent code using the async/await syntax.
Asyncio is used as a foundation for multiple Python asynchronous frameworks that
provide high-performance network and web-servers, database connection libraries,
distributed task queues, etc. Asyncio is often a perfect fit for IO-bound and
high-level structured network code."""
words = re.findall(r"[a-z]+(?:-[a-z]+)?", TEXT.lower())
counts = Counter(words)
print(f"{len(words)} words, {len(counts)} distinct")
for word, n in counts.most_common(5):
    print(f"  {word:<12}{n:>3} {'▇' * n}")
by_len = sorted(counts, key=len)
for length, group in groupby(by_len, key=len):
    g = sorted(group)
    if length >= 10:
        print(length, ", ".join(g))
first_letters = Counter(w[0] for w in words)
print("".join(sorted(first_letters, key=lambda c: (-first_letters[c], c)))[:10])
print(textwrap.fill(" ".join(sorted(set(words)))[:200], 60))
print(sum(1 for c in TEXT if c in string.punctuation))
