# checking whether two scores are the same with "is"
a = 256
b = int("256")
print(a is b)
c = 257
d = int("257")
print(c is d, c == d)
e = 1000
f = 1000
print(e is f)
if c is 257:
    print("exactly 257")
