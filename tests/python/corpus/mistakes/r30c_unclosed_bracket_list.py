# A list literal spread over lines never gets its closing bracket.
scores = [
    10,
    20,
    30,

def average(xs):
    return sum(xs) / len(xs)

print(average(scores))
