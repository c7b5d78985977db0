# Reading numbers with input() until the user types stop: the input runs out first
total = 0
while True:
    line = input("number: ")
    if line == "stop":
        break
    total += int(line)
    print("total so far", total)
print("total", total)
