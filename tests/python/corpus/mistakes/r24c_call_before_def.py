print("starting")
result = calculate(2, 3)
print(result)

def calculate(a, b):
    return a * b + 1
