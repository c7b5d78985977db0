# The last line has no newline and leaves a parenthesis open
print("== no final newline unclosed ==")

print("a"
print("b")