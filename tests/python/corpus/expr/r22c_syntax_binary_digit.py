# a binary literal with a digit that is not 0 or 1
mask = 0b1010
other = 0b102
print(mask, other)
# (end of the program)
