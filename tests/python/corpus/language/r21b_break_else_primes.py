# tutorial 4.4: break and else on loops, continue
for n in range(2, 10):
    for x in range(2, n):
        if n % x == 0:
            print(n, 'equals', x, '*', n//x)
            break
    else:
        print(n, 'is a prime number')
for num in range(2, 10):
    if num % 2 == 0:
        print("Found an even number", num)
        continue
    print("Found an odd number", num)
count = 0
while count < 3:
    count += 1
else:
    print('while ended normally at', count)
while True:
    count -= 1
    if count == 0:
        break
else:
    print('never printed')
print('done', count)
