# r24c_equal_vs_assign_caret: a mistake as a learner makes it, and what CPython 3.11 says of it
x = 3
print(x == 3)
if x = 3 and x > 1:
    print("yes")
