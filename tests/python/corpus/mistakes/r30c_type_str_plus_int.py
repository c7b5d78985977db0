# Concatenating a string and a number.
age = 25
message = "You are " + age + " years old"
print(message)
