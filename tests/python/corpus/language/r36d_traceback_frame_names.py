# Uncaught errors raised inside a lambda, a generator expression and a nested method.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps

    def run(self, data):
        for step in self.steps:
            data = step(data)
        return data

    class Stage:
        @staticmethod
        def parse(items):
            return [int(x) for x in items]

def total(values):
    return sum(v / (v - 3) for v in values)

steps = [
    lambda d: [s.strip() for s in d],
    Pipeline.Stage.parse,
    total,
]
print(Pipeline(steps).run([" 1", "2 "]))
print(steps[0].__name__, steps[0].__qualname__, Pipeline.Stage.parse.__qualname__)
try:
    Pipeline(steps).run(["x"])
except ValueError as e:
    print("ValueError:", e)
Pipeline(steps).run(["1", "3"])
