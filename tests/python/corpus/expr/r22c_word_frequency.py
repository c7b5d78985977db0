# counting words and letters in a paragraph
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness... It's "quoted" text; isn't it? Yes -- it is!"""
words = [w.strip(".,;:!?\"'-").lower() for w in text.split()]
words = [w for w in words if w]
print(len(words), len(set(words)), words[:8])
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print(f"{w:>8} {n:>3} {'#' * n}")
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
print(max(words, key=len), min(words, key=len), sorted(set(words), key=lambda w: (len(w), w))[-3:])
print(text.count("it"), text.lower().count("it"), text.count("was the"), len(text.splitlines()))
from collections import Counter
print(Counter(words).most_common(3), Counter("mississippi").most_common())
