# A long expression with an error in the middle call.
def parse(s):
    return int(s)

def scale(n):
    return n * 10

values = ["1", "2", "x"]
total = scale(parse(values[0])) + scale(parse(values[1])) + scale(parse(values[2]))
print(total)
