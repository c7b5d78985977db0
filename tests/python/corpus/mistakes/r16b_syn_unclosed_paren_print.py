# A print call whose parenthesis is never closed before the next statement
name = "ada"
print("hello", name.upper()
total = 3
print(total)
