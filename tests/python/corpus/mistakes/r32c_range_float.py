# range() given half of an odd count.
n = 7
for i in range(n / 2):
    print(i)
# (the learner's program ends here)
