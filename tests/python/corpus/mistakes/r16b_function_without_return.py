# A function that prints instead of returning: None + 1
def double(x):
    print(x * 2)

result = double(5)
print(result + 1)
