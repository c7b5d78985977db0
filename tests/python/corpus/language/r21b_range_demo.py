# tutorial 4.3: range, list(range), sum(range), indexes
for i in range(5):
    print(i)
print(list(range(5, 10)))
print(list(range(0, 10, 3)))
print(list(range(-10, -100, -30)))
a = ['Mary', 'had', 'a', 'little', 'lamb']
for i in range(len(a)):
    print(i, a[i])
print(range(10))
print(range(0, 10, 3), range(5, 10), repr(range(3)))
print(sum(range(4)))
print(list(range(10))[::-1], len(range(0, 100, 7)), range(0, 100, 7)[3])
r = range(0, 20, 2)
print(r[2:5], 10 in r, 11 in r, r.index(8), r.count(4))
print(range(1, 10, 0))
