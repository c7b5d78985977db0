# Code pasted from a web page with a hidden zero-width space.
def double(x):
    return x * 2

result = double(21)​
print(result)
