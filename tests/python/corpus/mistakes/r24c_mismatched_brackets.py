# r24c_mismatched_brackets: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
# (its lines below as the learner wrote them)
data = {"a": [1, 2, 3)}
print(data)
