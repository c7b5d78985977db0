# A slice with step 0.
# (kept short on purpose: the mistake is the point)
letters = list("abcdef")
step = len(letters) // 10
print(letters[::step])
