# for over a number instead of range(number)
n = 5
for i in n:
    print(i)
