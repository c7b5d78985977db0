title = "hello world"
print(title.upper())
print(title.uppper())
