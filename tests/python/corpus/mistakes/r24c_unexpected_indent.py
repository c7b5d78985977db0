# r24c_unexpected_indent: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
total = 0
  total += 1
print(total)
