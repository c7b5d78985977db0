# str.split with an empty separator.
print("start")

word = "async"
print(list(word))
print(word.split(""))
