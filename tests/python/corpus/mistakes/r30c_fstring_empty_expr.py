# An f-string with empty braces.
# (kept short on purpose: the mistake is the point)
name = "Kim"
age = 30
print(f"{name} is {} years old")
