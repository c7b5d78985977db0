# A __getitem__ that indexes itself with the next key.
deepest = 0

class Chain:
    def __getitem__(self, n):
        global deepest
        deepest = n
        return self[n + 1]

try:
    Chain()[1]
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
