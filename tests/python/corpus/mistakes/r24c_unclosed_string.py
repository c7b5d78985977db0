# r24c_unclosed_string: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
# (its lines below as the learner wrote them)
name = "Ada
print("hello", name)
