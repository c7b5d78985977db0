# r24c_unclosed_bracket_eof: a mistake as a learner makes it, and what CPython 3.11 says of it
numbers = [1, 2, 3,
           4, 5, 6
print(sum(numbers))
total = 0
