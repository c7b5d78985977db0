# Converting a binary number that contains a 2.
bits = ["101", "110", "102"]
for b in bits:
    print(b, "->", int(b, 2))
# (the learner's program ends here)
