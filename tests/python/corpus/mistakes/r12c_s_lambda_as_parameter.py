# A parameter named lambda.
def apply(values, lambda):
    return [lambda(v) for v in values]

print(apply([1, 2, 3], str))
