# Reading a number with input() and the user types a word.
# (kept short on purpose: the mistake is the point)
#
age = int(input("How old are you? "))
print("Next year you will be", age + 1)
