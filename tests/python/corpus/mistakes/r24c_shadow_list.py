# r24c_shadow_list: a mistake as a learner makes it, and what CPython 3.11 says of it
list = [3, 1, 2]
print(sorted(list))
letters = list("abc")
print(letters)
