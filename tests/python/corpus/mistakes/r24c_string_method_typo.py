# r24c_string_method_typo: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
title = "hello world"
print(title.upper())
print(title.uppper())
