# A learner counts the words of a paragraph with a dict, then prints the top five.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away, and the quick fox is never seen again."""

counts = {}
for word in text.lower().split():
    word = word.strip('.,;!?')
    counts[word] = counts.get(word, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print(f"{word:<8}{n:>3} {'*' * n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
