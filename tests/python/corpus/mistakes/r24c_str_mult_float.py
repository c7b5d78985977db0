# r24c_str_mult_float: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
# (its lines below as the learner wrote them)
line = "-" * 2.5
print(line)
