# Concatenating a string and a number.
# (kept short on purpose: the mistake is the point)
age = 25
message = "You are " + age + " years old"
print(message)
