# Word frequency report for a paragraph: cleaning text, counting and printing a bar chart.
import string
import textwrap
from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

clean = text.lower().translate(str.maketrans("", "", string.punctuation))
words = clean.split()
counts = Counter(words)
print(len(words), "words,", len(counts), "distinct")
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:>{width}} | {'#' * n} {n}")
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
print("longest:", max(words, key=len), "| first 5-letter:", next(w for w in words if len(w) == 5))
print(textwrap.fill(", ".join(sorted(w for w, n in counts.items() if n == 1)), 50))
letters = Counter(c for c in clean if c.isalpha())
print(letters.most_common(5), sum(letters.values()))
vowels = sum(letters[v] for v in "aeiou")
print(f"vowels {vowels / sum(letters.values()):.1%}")
sentences = [s.strip() for s in text.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), sentences[-1])
