# Negating a number that is still a string.
offsets = ["5", "-3"]
for o in offsets:
    print(-o)
# (the learner's program ends here)
