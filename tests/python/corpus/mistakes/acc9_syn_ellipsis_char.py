# An ellipsis character instead of three dots.
def todo():
    …

print(todo())
