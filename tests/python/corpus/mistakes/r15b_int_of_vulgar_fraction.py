# Mistake: int() accepts other scripts' digits but not a vulgar fraction.
amounts = ["12", "٣", "７", "3½"]
total = 0
for a in amounts:
    total += int(a)
    print(a, "->", total)
