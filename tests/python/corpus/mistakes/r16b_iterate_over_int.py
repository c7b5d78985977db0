# for over a number instead of range(number)
print("== iterate over int ==")
n = 5
for i in n:
    print(i)
