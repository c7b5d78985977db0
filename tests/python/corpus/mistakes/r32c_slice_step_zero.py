# A slice with a step of zero computed from a variable.
letters = "abcdef"
step = len(letters) // 10
print(step)
print(letters[::step])
