n = int(input("How many tasks? "))
for i in range(n):
    print("task", i)
m = int(input("How many workers? "))
print(n / m)
