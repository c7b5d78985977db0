# int() of a letter read from data.
answers = ["3", "7", "x", "2"]
total = 0
for a in answers:
    total += int(a)
print(total)
