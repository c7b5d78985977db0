# A thousands separator on a string.
population = "8100000"
print(f"{population:,}")
