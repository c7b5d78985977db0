# A number as a for loop's variable.
print("start")

for 1 in range(3):
    print("tick")
