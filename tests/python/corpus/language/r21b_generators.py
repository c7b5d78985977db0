# tutorial 9.9-9.10: generators and generator expressions
def reverse(data):
    for index in range(len(data)-1, -1, -1):
        yield data[index]
for char in reverse('golf'):
    print(char)
g = reverse('ab')
print(type(g).__name__, next(g), next(g), next(g, 'end'))
print(sum(i*i for i in range(10)))
xvec = [10, 20, 30]
yvec = [7, 5, 3]
print(sum(x*y for x, y in zip(xvec, yvec)))
from math import pi, sin
sine_table = {x: sin(x*pi/180) for x in range(0, 91, 30)}
print(sine_table)
page = ['the quick brown fox', 'jumps over the lazy dog']
unique_words = set(word for line in page for word in line.split())
print(sorted(unique_words))
data = 'golf'
print(list(data[i] for i in range(len(data)-1, -1, -1)))
gen = (x * 2 for x in range(3))
print(list(gen), list(gen))
def countdown(n):
    print('starting')
    while n > 0:
        yield n
        n -= 1
    return 'done'
c = countdown(2)
print('created')
print(next(c), next(c))
next(c)
