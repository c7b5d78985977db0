# Mistake: a class-level counter read with a misspelt name on the class itself.
class Counter:
    total = 0
    instances = []

    def __init__(self, name):
        self.name = name
        Counter.total += 1
        Counter.instances.append(name)


for word in ['alpha', 'beta', 'gamma']:
    Counter(word)
print('names:', Counter.instances)
print('count:', Counter.totl)
