# A counter made by a closure, with the nonlocal forgotten.
def make_counter(start):
    count = start
    def step(by=1):
        count += by
        return count
    return step

c = make_counter(10)
print("made", c.__name__)
print(c())
