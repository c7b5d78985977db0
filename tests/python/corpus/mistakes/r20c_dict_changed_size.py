# RuntimeError when a dict or set changes size during iteration
stock = {"a": 0, "b": 2, "c": 0}
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(e)
for k, v in stock.items():
    if v == 0:
        del stock[k]
