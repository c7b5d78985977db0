# An extra space before a line inside the loop.
total = 0
for i in range(5):
    total += i
     print("running total", total)
print(total)
