# while and for loops with else, break, continue.
n = 10
while n > 0:
    n -= 3
    if n == 4:
        continue
    print("n", n)
else:
    print("while ended normally at", n)

for p in range(2, 30):
    for d in range(2, int(p ** 0.5) + 1):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()

i = 0
while True:
    i += 1
    if i * i > 50:
        break
print("first square over 50:", i * i)
total = 0
for x in range(1, 101):
    if x % 3 and x % 5:
        continue
    total += x
print(total)
