# Mistake: a comparison written where an assignment was meant, giving a useless statement.
total = 0
for n in [1, 2, 3]:
    total == total + n
print(total)
if total = 0:
    print('zero')
