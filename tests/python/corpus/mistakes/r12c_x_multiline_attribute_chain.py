# Method chains written over several lines: the error is shown at the method's own line.
import math

class Query:
    def __init__(self, rows):
        self.rows = rows

    def where(self, key, value):
        return Query([r for r in self.rows if r[key] == value])

    def first(self):
        return self.rows[0] if self.rows else None

rows = [{"name": "a", "kind": "x"}, {"name": "b", "kind": "y"}]
print((Query(rows)
       .where("kind", "y")
       .first())["name"])
text = "  Hello World  "
words = (text
         .strip()
         .lower()
         .split())
print(words)
try:
    root = (math
            .sqrt(-1))
except ValueError as e:
    print("ValueError:", e)
try:
    (Query(rows)
     .where("kind", "z")
     .first()
     .name) = "c"
except AttributeError as e:
    print("AttributeError:", e)
name = (Query(rows)
        .where("kind", "z")
        .first()
        .get("name"))
