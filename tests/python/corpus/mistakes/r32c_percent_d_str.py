# %d given a number that is still a string.
qty = "5"
print("qty: %s" % qty)
print("qty: %d" % qty)
# (the learner's program ends here)
