# A slice with step 0.
letters = list("abcdef")
step = len(letters) // 10
print(letters[::step])
