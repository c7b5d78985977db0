# Using "is" to compare numbers: works for small ones, surprises for big ones.
def same(a, b):
    return a is b

for n in [5, 256, 257, 1000, -5, -6]:
    x = int(str(n))
    print(n, same(x, n), x == n)
a = 1000
b = 1000
print("module constants:", a is b)
c = 999 + 1
print("computed:", c is a)
