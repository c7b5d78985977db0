# A block whose dedent lands between two indentation levels
def tally(words):
    counts = {}
    for w in words:
        if w:
            counts[w] = counts.get(w, 0) + 1
      return counts

print(tally(["a", "b", "a"]))
