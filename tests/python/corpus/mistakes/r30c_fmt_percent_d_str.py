# %d given a string.
# (kept short on purpose: the mistake is the point)
#
count = "12"
print("items: %d" % count)
