prices = ["3", "4", "3.5", "2"]
total = 0
for p in prices:
    total += int(p)
    print("running total", total)
