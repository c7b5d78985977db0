# A ZeroDivisionError in a list comprehension inside a method.
class Stats:
    def __init__(self, rows):
        self.rows = rows

    def ratios(self):
        return [done / total for done, total in self.rows]

s = Stats([(1, 2), (3, 4), (5, 0), (1, 1)])
print("computing ratios")
print(s.ratios())
