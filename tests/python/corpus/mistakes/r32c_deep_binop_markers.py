# A division deep inside nested helper calls shows ~~~ markers.
def ratio(a, b):
    return a / b

def normalise(values):
    total = sum(values) - sum(values)
    return [ratio(v, total) for v in values]

def report(data):
    for k, vals in data.items():
        print(k, normalise(vals))

report({"x": [1, 2, 3]})
