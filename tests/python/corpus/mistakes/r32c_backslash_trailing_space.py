# A line continuation backslash followed by a comment.
total = 1 + \ # first part
    2 + 3
print(total)
print("sum done")
