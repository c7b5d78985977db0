# Adding up numbers read with input(), forgetting to convert them.
count = int(input("how many? "))
total = 0
for i in range(count):
    n = input(f"number {i + 1}? ")
    total = total + n
print("total", total)
