# Word frequency report: normalise text with str.translate and re, then format a bar chart
import re
import string
from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
clean = text.lower().translate(str.maketrans("", "", string.punctuation))
words = clean.split()
counts = Counter(words)
print(len(words), "words,", len(counts), "distinct")
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:>8} {n:2d} {'#' * n}")
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
print(re.findall(r"\b(\w+) of (\w+)\b", text)[:3])
longest = max(words, key=len)
print(longest, words.index(longest), [w for w in counts if counts[w] == 1][:5])
