# r24c_for_over_len: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
names = ["a", "b", "c"]
for i in len(names):
    print(i, names[i])
