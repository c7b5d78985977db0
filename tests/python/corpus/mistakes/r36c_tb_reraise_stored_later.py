# keeping the first error to raise it after all the items are tried
def process(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2

first_error = None
for x in [3, -1, 4, -5]:
    try:
        print(process(x))
    except ValueError as e:
        first_error = first_error or e

if first_error:
    raise first_error
