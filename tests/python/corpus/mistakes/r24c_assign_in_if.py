# r24c_assign_in_if: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
score = 10
if score = 10:
    print("perfect")
