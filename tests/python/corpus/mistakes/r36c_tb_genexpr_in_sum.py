# total of parsed numbers with a generator expression; one entry isn't a number
def total(entries):
    return sum(int(e) for e in entries)

print(total(["1", "2", "3"]))
print(total(["4", "five", "6"]))
