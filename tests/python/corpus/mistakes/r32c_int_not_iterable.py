# Looping over a number instead of range(number).
count = 3
for i in count:
    print(i)
# (the learner's program ends here)
