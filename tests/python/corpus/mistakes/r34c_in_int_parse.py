# Reading ages from input and converting them straight to int
total = 0
while True:
    line = input("age: ")
    if line == "done":
        break
    total += int(line)
    print("running total", total)
print("total age", total)
