# Compound interest over many years overflows a float.
rate = 1.5
for years in (10, 100, 2000):
    print(years, rate ** years)
# (the learner's program ends here)
