# for loops with break, continue and else.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')

for i in range(10):
    if i % 3:
        continue
    print('multiple of three:', i)

for word in ['alpha', 'beta', 'gamma']:
    if word.startswith('z'):
        print('found', word)
        break
else:
    print('no word starts with z')

for i, ch in enumerate('hey'):
    print(i, ch)

for key, value in {'a': 1, 'b': 2}.items():
    print(key, '->', value)

for _ in []:
    print('never')
else:
    print('empty loop runs else')
