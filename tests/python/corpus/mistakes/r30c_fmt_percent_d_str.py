# %d given a string.
count = "12"
print("items: %d" % count)
