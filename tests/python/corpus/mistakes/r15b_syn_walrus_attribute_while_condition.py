# Mistake: a walrus assigning to an attribute in a while condition.
class Reader:
    def __init__(self, lines):
        self.lines = lines
        self.current = None

r = Reader(["a", "b"])
while r.current := (r.lines.pop() if r.lines else None):
    print(r.current)
