# composing a pipeline of steps with reduce; a step refers back to the pipeline
from functools import reduce

def run(steps, value):
    return reduce(lambda acc, step: step(acc), steps, value)

steps = [lambda x: x + 1, lambda x: x * 2]
print(run(steps, 3))
steps.append(lambda x: run(steps, x))
print(run(steps, 3))
