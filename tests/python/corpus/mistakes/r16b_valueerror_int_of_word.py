# int() of a word that is not a number
inputs = ["3", "14", "abc", "7"]
total = 0
for s in inputs:
    total += int(s)
    print("running total", total)
