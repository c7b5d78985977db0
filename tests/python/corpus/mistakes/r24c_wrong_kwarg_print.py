# r24c_wrong_kwarg_print: a mistake as a learner makes it, and what CPython 3.11 says of it
for i in range(3):
    print(i, end=" ")
print()
print("a", "b", separator="-")
