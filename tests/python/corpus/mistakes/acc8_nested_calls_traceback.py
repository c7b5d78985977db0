# An error three calls deep, with markers in each frame.
def parse(text):
    return int(text)

def load(values):
    return [parse(v) for v in values]

def total(values):
    numbers = load(values)
    return sum(numbers) / len(numbers)

print(total(["1", "2"]))
print(total(["3", "four", "5"]))
