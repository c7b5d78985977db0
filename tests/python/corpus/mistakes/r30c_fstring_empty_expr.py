# An f-string with empty braces.
name = "Kim"
age = 30
print(f"{name} is {} years old")
