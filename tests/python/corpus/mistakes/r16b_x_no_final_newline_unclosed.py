# The last line has no newline and leaves a parenthesis open
print("a"
print("b")