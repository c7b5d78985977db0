# __str__ that formats an f-string of a fresh instance.
deepest = 0

class Label:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        global deepest
        deepest = self.n
        return f'<{Label(self.n + 1)}>'

try:
    str(Label(1))
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
