# str.replace given only one argument
text = "a-b-c"
print(text.replace("-"))
