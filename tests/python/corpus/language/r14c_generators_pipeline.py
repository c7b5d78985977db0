# Generators as a pipeline: reading lines, filtering, transforming, and a running total.
data = """# sales log
apple,3,0.50
banana,x,0.25
cherry,10,0.10

durian,1,9.99
"""

def lines(text):
    for line in text.splitlines():
        yield line.strip()

def records(rows):
    for row in rows:
        if not row or row.startswith("#"):
            continue
        name, qty, price = row.split(",")
        try:
            yield name, int(qty), float(price)
        except ValueError as e:
            print("skip:", row, "-", e)

def running(recs):
    total = 0
    for name, qty, price in recs:
        total += qty * price
        yield name, round(total, 2)

for name, total in running(records(lines(data))):
    print(f"{name:<8}{total:>8.2f}")
squares = (n * n for n in range(10))
print(next(squares), next(squares), sum(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice, takewhile
print(list(islice(fib(), 10)), list(takewhile(lambda x: x < 100, fib())))
