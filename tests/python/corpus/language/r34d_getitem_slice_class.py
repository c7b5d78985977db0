# A string-like "Sentence" that supports indexing, slicing and negative steps
class Sentence:
    def __init__(self, text):
        self.words = text.split()

    def __len__(self):
        return len(self.words)

    def __getitem__(self, index):
        if isinstance(index, slice):
            print("slice:", index, index.indices(len(self)))
            return Sentence(" ".join(self.words[index]))
        return self.words[index]

    def __repr__(self):
        return f"Sentence({' '.join(self.words)!r})"

s = Sentence("the quick brown fox jumps over the lazy dog")
print(s[0], s[-1], len(s))
print(s[2:5])
print(s[::-2])
print(s[-3:])
print(list(reversed(s))[:3])
print("fox" in s, "cat" in s)
print(s[100])
