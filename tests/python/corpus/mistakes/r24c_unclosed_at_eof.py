def show(values):
    print(values)

show({"a": 1, "b": [2, 3]
