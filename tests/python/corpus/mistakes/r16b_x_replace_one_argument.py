# str.replace given only one argument
print("== replace one argument ==")

text = "a-b-c"
print(text.replace("-"))
