list = [3, 1, 2]
print(sorted(list))
letters = list("abc")
print(letters)
