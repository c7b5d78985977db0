# while loops: else, break, continue, and a countdown.
n = 5
while n > 0:
    print('n =', n)
    n -= 1
else:
    print('liftoff')

i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 5:
        break
    print('i =', i)

a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)

x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print('collatz steps for 27:', steps)

k = 0
while k < 3:
    k += 1
    if k == 10:
        break
else:
    print('while-else ran, k =', k)
