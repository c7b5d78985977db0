def average(values):
    return sum(values) / len(values)

def ratio(a, b):
    return a["x"] / b["y"]

print(average([1, 2, 3]))
try:
    average([])
except ZeroDivisionError as e:
    print(e)
print(ratio({"x": 1}, {"y": 4}))
ratio({"x": 1}, {"y": 0})
