# List aliasing with +=, and += on a list inside a tuple: error and change both
x = [1, 2, 3]
y = x
y += [4]
print(x)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(e)
print(t)
