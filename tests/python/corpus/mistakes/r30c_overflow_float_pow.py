# A float power that overflows.
# (kept short on purpose: the mistake is the point)
growth = 1.5
for years in (10, 100, 10000):
    print(years, growth ** years)
