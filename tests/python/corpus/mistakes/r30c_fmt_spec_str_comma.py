# A thousands separator on a string.
# (kept short on purpose: the mistake is the point)
#
population = "8100000"
print(f"{population:,}")
