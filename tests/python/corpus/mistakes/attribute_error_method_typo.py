# Mistake: misspelt methods of a list, a str and an instance: AttributeError with suggestions.
class Job:
    def __init__(self, n):
        self.number = n
    def compute(self):
        return self.number * 2

for action in [lambda: [1, 2].push(3), lambda: 'abc'.uppercase(), lambda: Job(2).numbr,
               lambda: {}.has_key('a'), lambda: (1, 2).append(3)]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(Job(3).compte())
